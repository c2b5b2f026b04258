/**
 * The MyPage's messages.
 * GET  /mypage/messages                  the list, newest first, with the unread count
 * GET  /mypage/messages/:messageId       one message; reading it changes nothing (a GET)…
 * POST /mypage/messages/:messageId/read  …so the screen marks it read here: session (401), CSRF
 *                                        (403), then an existing message (404)
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { MessageBody, MessageListBody, MessageReadBody } from '@/contracts/hellowork'
import { isoAt } from '../../../shared/clock'
import { requireCsrf } from '../../../shared/csrf'
import { refuse } from '../../../shared/refusal'
import { helloworkDb, type HwData, type Message } from '../../db'
import { defineEndpoint, requireAccount } from '../../server'
import { HELLOWORK_BODIES } from '../../requests'

function findMessage(data: HwData, messageId: string): Message {
  return (
    data.messages.find((message) => message.id === messageId) ??
    refuse(404, 'not_found', MESSAGES.notFound)
  )
}

export const unreadCount = (data: HwData) => data.messages.filter((message) => !message.read).length

export const messageHandlers = [
  defineEndpoint(
    'GET /mypage/messages',
    { event: 'mypage.messages.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      requireAccount(request, data)
      return HttpResponse.json<MessageListBody>({
        unread: unreadCount(data),
        messages: [...data.messages]
          .sort((a, b) => b.sentAt - a.sentAt)
          .map(({ id, subject, sentAt, read }) => ({ id, subject, sentAt: isoAt(sentAt), read })),
      })
    },
  ),

  defineEndpoint(
    'GET /mypage/messages/:messageId',
    { event: 'mypage.message.read', auditSuccess: false },
    async ({ request, params }) => {
      const data = helloworkDb.read()
      requireAccount(request, data)
      const message = findMessage(data, params.messageId)
      return HttpResponse.json<MessageBody>({ ...message, sentAt: isoAt(message.sentAt) })
    },
  ),

  defineEndpoint(
    'POST /mypage/messages/:messageId/read',
    {
      event: 'mypage.message.markRead',
      body: HELLOWORK_BODIES['POST /mypage/messages/:messageId/read'],
    },
    async ({ request, params, note, readBody }) => {
      const body = await readBody()
      const { session } = requireAccount(request, helloworkDb.read())
      requireCsrf(session.csrfToken, body.csrfToken)
      findMessage(helloworkDb.read(), params.messageId)
      note({ messageId: params.messageId })
      const unread = await helloworkDb.update((data) => {
        findMessage(data, params.messageId).read = true
        return unreadCount(data)
      })
      return HttpResponse.json<MessageReadBody>({ unread })
    },
  ),
]
