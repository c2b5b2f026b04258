/**
 * やめる (manual 3.4 (2)): ending a connection.
 * 1. POST /connections/:siteId/stop  つながりの解除 → 同意. Hello Work is told first, over the back
 *                                    channel (/links/revoke); only when it confirms does
 *                                    Mynaportal drop the connection and every code and token it
 *                                    issued to Hello Work for this user. If Hello Work fails, nothing
 *                                    changes and the user is told: 解除 is never shown as done
 *                                    while single sign-on still works. Idempotent: stopping a
 *                                    connection that is already gone answers as done.
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { ConnectionCompleteBody } from '@/contracts/mynaportal'
import { HELLOWORK_API, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { callBackChannel } from '../../shared/backChannel'
import { requireCsrf } from '../../shared/csrf'
import { refuse } from '../../shared/refusal'
import { forgetCompletions } from '../completing'
import { mynaportalDb } from '../db'
import { withLinkLock } from '../linkLock'
import { defineEndpoint, pairwiseSubject, requireUser } from '../server'
import { MYNAPORTAL_BODIES } from '../requests'

export const disconnectHandlers = [
  defineEndpoint(
    'POST /connections/:siteId/stop',
    { event: 'connection.stop', body: MYNAPORTAL_BODIES['POST /connections/:siteId/stop'] },
    async ({ request, params, note, readBody, serverFetch }) => {
      const body = await readBody()
      const snapshot = mynaportalDb.read()
      const { session, user } = requireUser(request, snapshot)
      requireCsrf(session.csrfToken, body.csrfToken)
      note({ siteId: params.siteId, userId: user.id })
      const client = snapshot.clients.find((c) => c.id === params.siteId)
      if (!client) {
        if (snapshot.otherSites.some((s) => s.id === params.siteId)) {
          return refuse(422, 'site_not_simulated', MESSAGES.siteNotSimulated)
        }
        return refuse(404, 'not_found', MESSAGES.notFound)
      }

      const sub = pairwiseSubject(snapshot, user.id, client.sectorId)
      // One at a time with ⑤ (../linkLock.ts): a ⑤ under way finishes first and is undone here;
      // one that comes later finds its ticket voided by the revocation.
      await withLinkLock(user.id, client.id, async () => {
        const revoked = await callBackChannel<{ revoked: boolean }>(
          serverFetch,
          `${HELLOWORK_API}/links/revoke`,
          {
            method: 'POST',
            body: { iss: MYNAPORTAL_ISSUER, sub },
            bearer: snapshot.helloworkBackChannelToken,
          },
        )
        if (!revoked.ok) {
          return refuse(
            502,
            'upstream_error',
            MESSAGES.upstream('ハローワークインターネットサービス'),
          )
        }
        note({ helloworkHadLink: revoked.body.revoked })

        await mynaportalDb.update((data) => {
          data.connections = data.connections.filter(
            (c) => !(c.userId === user.id && c.siteId === client.id),
          )
          // A ⑤ a closed tab left under way: Hello Work has just voided its ticket.
          forgetCompletions(data, (c) => c.userId === user.id && c.siteId === client.id)
          data.accessTokens = data.accessTokens.filter(
            (t) => !(t.sub === sub && t.clientId === client.id),
          )
          // A code issued before やめる (a stale tab) must not turn into tokens after it.
          data.codes = data.codes.filter((c) => !(c.sub === sub && c.clientId === client.id))
          for (const s of data.sessions) {
            if (s.userId === user.id && s.lastCompletion?.siteId === client.id)
              s.lastCompletion = undefined
          }
        })
      })
      return HttpResponse.json<ConnectionCompleteBody>({
        site: { id: client.id, name: client.name, description: '', simulated: true },
      })
    },
  ),
]
