/**
 * マイページ属性連携認証 (step ④) and the link record.
 * 1. GET  /link/transaction      the open, authenticated transaction this browser is in
 * 2. POST /link/authenticate     the account's e-mail + password, in that same transaction.
 *                                Failures count on the lockout every password screen shares
 *                                (../lockout.ts). Before linking, Mynaportal's userinfo must
 *                                still accept the access token: if the Mynaportal user changed
 *                                or signed out mid-flow, the flow ends. Then, atomically:
 *                                the link (iss, sub) ⇄ account, pending and unique both ways
 *                                (../links.ts); the transaction consumed; a new session id;
 *                                a one-time ticket for Mynaportal's completion route.
 * 3. POST /link/tickets/redeem   back channel, Mynaportal only: a ticket is good once, 5 minutes,
 *                                for the subject Mynaportal names, and makes its link active; a
 *                                retry with the idempotency key that spent it is answered again
 * 4. POST /links/revoke          back channel, Mynaportal only: removes a link, active or pending,
 *                                and voids its tickets; idempotent
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import { credentialErrors } from '@/contracts/validation'
import type { LinkTransactionBody, TicketRedeemBody } from '@/contracts/hellowork'
import type { UserInfoBody } from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { MYNAPORTAL_API, MYNAPORTAL_COMPLETION_URI } from '@/contracts/sites'
import { isoAt, now } from '../../shared/clock'
import { callBackChannel, isRefusal } from '../../shared/backChannel'
import { refuse, requireValid } from '../../shared/refusal'
import { constantTimeEqual, randomToken, sha256 } from '../../shared/secrets'
import { helloworkDb, type AuthTransaction, type HwData } from '../db'
import {
  activeLinkOfAccount,
  activeLinkOfSubject,
  placePendingLink,
  redeemTicket,
  revokeLinks,
} from '../links'
import { verifyCredentials } from '../lockout'
import {
  browserTransactions,
  defineEndpoint,
  isLive,
  practiceAccount,
  refuseTransaction,
  requireMynaportal,
  startSession,
} from '../server'
import { HELLOWORK_BODIES } from '../requests'

const TICKET_REFUSALS = {
  invalid_ticket: [400, MESSAGES.invalidTicket],
  ticket_mismatch: [400, MESSAGES.ticketMismatch],
  link_superseded: [409, MESSAGES.linkSuperseded],
  link_cancelled: [409, MESSAGES.linkCancelled],
} as const

function authenticatedTransaction(request: Request, data: HwData): AuthTransaction | undefined {
  return browserTransactions(request, data)
    .filter((tx) => tx.stage === 'authenticated' && tx.purpose === 'link')
    .at(-1)
}

export const linkingHandlers = [
  defineEndpoint(
    'GET /link/transaction',
    { event: 'link.transaction.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      const tx = authenticatedTransaction(request, data)
      if (!tx || !isLive(tx)) return refuseTransaction(tx)
      return HttpResponse.json<LinkTransactionBody>({
        csrfToken: tx.csrfToken,
        expiresAt: isoAt(tx.expiresAt),
        practice: practiceAccount(data),
      })
    },
  ),

  defineEndpoint(
    'POST /link/authenticate',
    { event: 'link.authenticate', body: HELLOWORK_BODIES['POST /link/authenticate'] },
    async ({ request, note, readBody, serverFetch }) => {
      const body = await readBody()
      const csrfToken = body.csrfToken
      const snapshot = helloworkDb.read()
      const mine = browserTransactions(request, snapshot).filter((t) =>
        constantTimeEqual(t.csrfToken, csrfToken),
      )
      const replayed = mine.find((t) => t.stage === 'consumed' && t.completedLocation)
      if (replayed) {
        // A double click on 同意: the same answer, if Mynaportal has not redeemed the ticket yet.
        const ticketHash = await sha256(
          new URL(replayed.completedLocation!).searchParams.get('ticket') ?? '',
        )
        const ticket = snapshot.tickets.find((t) => t.ticketHash === ticketHash)
        if (ticket && !ticket.used && !ticket.voided && ticket.expiresAt > now()) {
          return HttpResponse.json<RedirectBody>({ location: replayed.completedLocation! })
        }
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }
      const tx = mine.find((t) => t.stage === 'authenticated')
      if (!tx || !isLive(tx)) return refuseTransaction(tx)

      const email = body.email.trim()
      const password = body.password
      requireValid(credentialErrors(email, password))
      const accountId = await verifyCredentials(email, password)
      note({ accountId })

      const userinfo = await callBackChannel<UserInfoBody>(
        serverFetch,
        `${MYNAPORTAL_API}/userinfo`,
        {
          method: 'GET',
          bearer: tx.accessToken,
        },
      )
      if (!userinfo.ok && !isRefusal(userinfo)) {
        return refuse(502, 'upstream_error', MESSAGES.upstream('マイナポータル'))
      }
      if (!userinfo.ok || userinfo.body.sub !== tx.sub) {
        note({ reason: 'Mynaportal session ended' })
        await helloworkDb.update((data) => {
          const current = data.transactions.find((t) => t.id === tx.id)
          if (current) current.stage = 'consumed'
        })
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }

      const ticket = randomToken()
      const ticketHash = await sha256(ticket)
      const location = await helloworkDb.update((data) => {
        const current = data.transactions.find((t) => t.id === tx.id)
        // A double click whose first request linked while this one was checking: the same answer.
        if (current?.completedLocation) return current.completedLocation
        if (!current || current.stage !== 'authenticated') {
          return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
        }
        const iss = current.iss!
        const sub = current.sub!
        const accountLink = activeLinkOfAccount(data, accountId)
        if (accountLink && !(accountLink.iss === iss && accountLink.sub === sub)) {
          return refuse(409, 'linked_elsewhere', MESSAGES.linkedElsewhere)
        }
        if (activeLinkOfSubject(data, iss, sub)) {
          return refuse(409, 'already_connected', MESSAGES.alreadyConnected)
        }

        const account = data.accounts.find((a) => a.id === accountId)!
        placePendingLink(data, { accountId, iss, sub }, ticketHash)
        account.failedLogins = 0
        startSession(request, data, account, { recordLogin: false })
        current.stage = 'consumed'
        current.completedLocation = `${MYNAPORTAL_COMPLETION_URI}?${new URLSearchParams({ ticket })}`
        return current.completedLocation
      })
      return HttpResponse.json<RedirectBody>({ location })
    },
  ),

  defineEndpoint(
    'POST /link/tickets/redeem',
    { event: 'link.ticket.redeem', body: HELLOWORK_BODIES['POST /link/tickets/redeem'] },
    async ({ request, note, readBody }) => {
      await requireMynaportal(request, helloworkDb.read())
      const body = await readBody()
      const ticketHash = await sha256(body.ticket)
      const key = body.idempotencyKey
      const sub = body.sub
      if (!sub) return refuse(400, 'invalid_request', MESSAGES.invalidRequest)
      const keyHash = key ? await sha256(key) : undefined
      const redeemed = await helloworkDb.update((data) =>
        redeemTicket(data, ticketHash, keyHash, sub),
      )
      if ('refused' in redeemed) {
        const [status, message] = TICKET_REFUSALS[redeemed.refused]
        return refuse(status, redeemed.refused, message)
      }
      note({ retry: redeemed.retry })
      return HttpResponse.json<TicketRedeemBody>({ iss: redeemed.iss, sub: redeemed.sub })
    },
  ),

  defineEndpoint(
    'POST /links/revoke',
    { event: 'link.revoke', body: HELLOWORK_BODIES['POST /links/revoke'] },
    async ({ request, note, readBody }) => {
      await requireMynaportal(request, helloworkDb.read())
      const body = await readBody()
      const iss = body.iss
      const sub = body.sub
      const revoked = await helloworkDb.update((data) => revokeLinks(data, iss, sub))
      note({ revoked })
      return HttpResponse.json({ revoked })
    },
  ),
]
