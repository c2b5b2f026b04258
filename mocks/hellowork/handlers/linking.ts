/**
 * マイページ属性連携認証 (step ④) and the link record.
 * 1. GET  /link/transaction      the open, authenticated transaction this browser is in
 * 2. POST /link/authenticate     the account's e-mail + password, in that same transaction (R4).
 *                                Failures count on the lockout every password screen shares
 *                                (../lockout.ts, R7). Before linking, Mynaportal's userinfo must
 *                                still accept the access token: if the Mynaportal user changed
 *                                or signed out mid-flow, the flow ends (R5). Then, atomically:
 *                                the link (iss, sub) ⇄ account, unique both ways (R3); the
 *                                transaction consumed; a new session id (R9); a one-time ticket
 *                                for Mynaportal's completion route.
 * 3. POST /link/tickets/redeem   back channel, Mynaportal only: a ticket is good once, 5 minutes;
 *                                a retry with the idempotency key that spent it is answered again
 * 4. POST /links/revoke          back channel, Mynaportal only: removes a link; idempotent
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
import { fail, readJsonBody, stringField } from '../../shared/endpoint'
import { constantTimeEqual, randomToken, sha256 } from '../../shared/secrets'
import { helloworkDb, type AuthTransaction, type HwData } from '../db'
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

const TICKET_LIFETIME_MS = 5 * 60_000

function authenticatedTransaction(request: Request, data: HwData): AuthTransaction | undefined {
  return browserTransactions(request, data)
    .filter((tx) => tx.stage === 'authenticated' && tx.purpose === 'link')
    .at(-1)
}

export const linkingHandlers = [
  defineEndpoint(
    'get',
    '/link/transaction',
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
    'post',
    '/link/authenticate',
    { event: 'link.authenticate' },
    async ({ request, note }) => {
      const body = await readJsonBody(request)
      const csrfToken = stringField(body, 'csrfToken')
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
        if (ticket && !ticket.used && ticket.expiresAt > now()) {
          return HttpResponse.json<RedirectBody>({ location: replayed.completedLocation! })
        }
        return fail(400, 'flow_invalid', MESSAGES.flowInvalid)
      }
      const tx = mine.find((t) => t.stage === 'authenticated')
      if (!tx || !isLive(tx)) return refuseTransaction(tx)

      const email = stringField(body, 'email').trim()
      const password = stringField(body, 'password')
      const fields = credentialErrors(email, password)
      if (Object.keys(fields).length > 0) {
        return fail(422, 'validation', MESSAGES.validationSummary, { fields })
      }
      const accountId = await verifyCredentials(email, password)
      note({ accountId })

      const userinfo = await callBackChannel<UserInfoBody>(`${MYNAPORTAL_API}/userinfo`, {
        method: 'GET',
        bearer: tx.accessToken,
      })
      if (!userinfo.ok && !isRefusal(userinfo)) {
        return fail(502, 'upstream_error', MESSAGES.upstream('マイナポータル'))
      }
      if (!userinfo.ok || userinfo.body.sub !== tx.sub) {
        note({ reason: 'Mynaportal session ended' })
        await helloworkDb.update((data) => {
          const current = data.transactions.find((t) => t.id === tx.id)
          if (current) current.stage = 'consumed'
        })
        return fail(400, 'flow_invalid', MESSAGES.flowInvalid)
      }

      const ticket = randomToken()
      const ticketHash = await sha256(ticket)
      const location = await helloworkDb.update((data) => {
        const current = data.transactions.find((t) => t.id === tx.id)
        // A double click whose first request linked while this one was checking: the same answer.
        if (current?.completedLocation) return current.completedLocation
        if (!current || current.stage !== 'authenticated') {
          return fail(400, 'flow_invalid', MESSAGES.flowInvalid)
        }
        const iss = current.iss!
        const sub = current.sub!
        const accountLink = data.links.find((l) => l.accountId === accountId)
        if (accountLink && !(accountLink.iss === iss && accountLink.sub === sub)) {
          return fail(409, 'linked_elsewhere', MESSAGES.linkedElsewhere)
        }
        const subjectLink = data.links.find((l) => l.iss === iss && l.sub === sub)
        if (subjectLink) return fail(409, 'already_connected', MESSAGES.alreadyConnected)

        const account = data.accounts.find((a) => a.id === accountId)!
        data.links.push({ accountId, iss, sub, linkedAt: now() })
        account.failedLogins = 0
        startSession(request, data, account, { recordLogin: false })
        data.tickets = data.tickets.filter((t) => !t.used && t.expiresAt > now())
        data.tickets.push({
          ticketHash,
          iss,
          sub,
          expiresAt: now() + TICKET_LIFETIME_MS,
          used: false,
        })
        current.stage = 'consumed'
        current.completedLocation = `${MYNAPORTAL_COMPLETION_URI}?${new URLSearchParams({ ticket })}`
        return current.completedLocation
      })
      return HttpResponse.json<RedirectBody>({ location })
    },
  ),

  defineEndpoint(
    'post',
    '/link/tickets/redeem',
    { event: 'link.ticket.redeem' },
    async ({ request, note }) => {
      await requireMynaportal(request, helloworkDb.read())
      const body = await readJsonBody(request)
      const ticketHash = await sha256(stringField(body, 'ticket'))
      const key = stringField(body, 'idempotencyKey')
      const keyHash = key ? await sha256(key) : undefined
      const redeemed = await helloworkDb.update((data) => {
        const ticket = data.tickets.find((t) => t.ticketHash === ticketHash)
        if (!ticket || ticket.expiresAt <= now()) return undefined
        if (ticket.used) {
          const retry = keyHash !== undefined && ticket.redeemedWith === keyHash
          return retry ? { iss: ticket.iss, sub: ticket.sub, retry } : undefined
        }
        ticket.used = true
        ticket.redeemedWith = keyHash
        return { iss: ticket.iss, sub: ticket.sub, retry: false }
      })
      if (!redeemed) return fail(400, 'invalid_ticket', MESSAGES.invalidTicket)
      note({ retry: redeemed.retry })
      return HttpResponse.json<TicketRedeemBody>({ iss: redeemed.iss, sub: redeemed.sub })
    },
  ),

  defineEndpoint('post', '/links/revoke', { event: 'link.revoke' }, async ({ request, note }) => {
    await requireMynaportal(request, helloworkDb.read())
    const body = await readJsonBody(request)
    const iss = stringField(body, 'iss')
    const sub = stringField(body, 'sub')
    const revoked = await helloworkDb.update((data) => {
      const before = data.links.length
      data.links = data.links.filter((l) => !(l.iss === iss && l.sub === sub))
      return data.links.length < before
    })
    note({ revoked })
    return HttpResponse.json({ revoked })
  }),
]
