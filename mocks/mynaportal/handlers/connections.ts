/**
 * もっとつながる and the Mynaportal ends of the link (steps ②, ⑤) and of single sign-on.
 * 1. GET  /connections                    the user's connected and not-connected sites
 * 2. POST /connections/:siteId/start      つなぐ (②): answers with Hello Work's login-initiation
 *                                         URL (OIDC Core §4); never pushes a code to Hello Work
 * 3. POST /connections/:siteId/use        a connected site's 利用する: the same initiation, for SSO,
 *                                         and the intent that lets /authorize answer it silently
 * 4. POST /connections/complete           つながり完了 (⑤): redeems Hello Work's one-time ticket
 *                                         over the back channel for the signed-in user's subject
 *                                         (which makes Hello Work's link active), then records
 *                                         the connection, one at a time with やめる; recorded as
 *                                         under way first, so 1-3 settle one a closed tab left
 *                                         (../completing.ts)
 * 5. GET  /connections/complete           the completion this session saw, for a reload of ⑤;
 *                                         opened any other way it shows nothing it did not see
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import type {
  ConnectableSite,
  ConnectionCompleteBody,
  ConnectionListBody,
} from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_SITE_ID, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { isoAt, now } from '../../shared/clock'
import { requireCsrf } from '../../shared/csrf'
import { refuse } from '../../shared/refusal'
import { sha256 } from '../../shared/secrets'
import { mynaportalDb, type Completion, type MynaData } from '../db'
import {
  beginCompletion,
  dropCompletion,
  recordConnected,
  redeemFor,
  settleCompletions,
} from '../completing'
import { refuseCompletion } from '../completionRefusal'
import { withLinkLock } from '../linkLock'
import { recordSignOnIntent } from './signOnIntent'
import { defineEndpoint, pairwiseSubject, requireUser } from '../server'
import { MYNAPORTAL_BODIES } from '../requests'

const HELLOWORK_DESCRIPTION = '求職者マイページへのログイン、求人情報の確認'

function siteList(data: MynaData, userId: string): ConnectableSite[] {
  const connectedAt = (siteId: string) =>
    data.connections.find((c) => c.userId === userId && c.siteId === siteId)?.connectedAt
  const sites = [
    ...data.clients.map((client) => ({
      id: client.id,
      name: client.name,
      description: HELLOWORK_DESCRIPTION,
      simulated: true,
    })),
    ...data.otherSites.map((site) => ({ ...site, simulated: false })),
  ]
  return sites.map((site) => {
    const at = connectedAt(site.id)
    return at === undefined ? site : { ...site, connectedAt: isoAt(at) }
  })
}

function initiationUrl(data: MynaData, siteId: string, target: string): string {
  const client = data.clients.find((c) => c.id === siteId)!
  const query = new URLSearchParams({ iss: MYNAPORTAL_ISSUER, target_link_uri: target })
  return `${client.initiateLoginUri}?${query}`
}

/** Checks the site exists and is the simulated one; the answer is the connection state. */
function requireSimulatedSite(data: MynaData, userId: string, siteId: string): boolean {
  if (!data.clients.some((c) => c.id === siteId)) {
    if (data.otherSites.some((s) => s.id === siteId)) {
      return refuse(422, 'site_not_simulated', MESSAGES.siteNotSimulated)
    }
    return refuse(404, 'not_found', MESSAGES.notFound)
  }
  return data.connections.some((c) => c.userId === userId && c.siteId === siteId)
}

export const connectionHandlers = [
  defineEndpoint(
    'GET /connections',
    { event: 'connections.read', auditSuccess: false },
    async ({ request, serverFetch }) => {
      const { user } = requireUser(request, mynaportalDb.read())
      await settleCompletions(serverFetch, user.id)
      const sites = siteList(mynaportalDb.read(), user.id)
      return HttpResponse.json<ConnectionListBody>({
        connected: sites.filter((site) => site.connectedAt !== undefined),
        notConnected: sites.filter((site) => site.connectedAt === undefined),
      })
    },
  ),

  defineEndpoint(
    'POST /connections/:siteId/start',
    { event: 'connection.start', body: MYNAPORTAL_BODIES['POST /connections/:siteId/start'] },
    async ({ request, params, note, readBody, serverFetch }) => {
      const body = await readBody()
      const { session, user } = requireUser(request, mynaportalDb.read())
      requireCsrf(session.csrfToken, body.csrfToken)
      note({ siteId: params.siteId, userId: user.id })
      await settleCompletions(serverFetch, user.id)
      const data = mynaportalDb.read()
      if (requireSimulatedSite(data, user.id, params.siteId)) {
        return refuse(409, 'already_connected', MESSAGES.alreadyConnected)
      }
      const location = initiationUrl(data, params.siteId, HELLOWORK_TARGETS.link)
      return HttpResponse.json<RedirectBody>({ location })
    },
  ),

  defineEndpoint(
    'POST /connections/:siteId/use',
    { event: 'connection.use', body: MYNAPORTAL_BODIES['POST /connections/:siteId/use'] },
    async ({ request, params, note, readBody, serverFetch }) => {
      const body = await readBody()
      const { session, user } = requireUser(request, mynaportalDb.read())
      requireCsrf(session.csrfToken, body.csrfToken)
      note({ siteId: params.siteId, userId: user.id })
      await settleCompletions(serverFetch, user.id)
      const data = mynaportalDb.read()
      if (!requireSimulatedSite(data, user.id, params.siteId)) {
        return refuse(409, 'not_connected', MESSAGES.notConnected)
      }
      await recordSignOnIntent(session.id, params.siteId)
      const location = initiationUrl(data, params.siteId, HELLOWORK_TARGETS.sso)
      return HttpResponse.json<RedirectBody>({ location })
    },
  ),

  defineEndpoint(
    'POST /connections/complete',
    { event: 'connection.complete', body: MYNAPORTAL_BODIES['POST /connections/complete'] },
    async ({ request, note, readBody, serverFetch }) => {
      const body = await readBody()
      const snapshot = mynaportalDb.read()
      const { session, user } = requireUser(request, snapshot)
      requireCsrf(session.csrfToken, body.csrfToken)
      note({ userId: user.id })

      const ticket = body.ticket
      // Hello Work's tickets are 43 characters; a longer one is a tampered URL, and is not stored.
      if (ticket.length > 256) return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      const ticketHash = await sha256(ticket)
      if (session.lastCompletion?.ticketHash === ticketHash) {
        // Already recorded: a replay, even from this session, is refused; GET shows the result.
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }
      // A reload can end this handler after Hello Work spent the ticket: the same session sending
      // it again derives the same key, and Hello Work answers that retry as it did the first.
      const idempotencyKey = await sha256(`${session.id}:${ticketHash}`)
      const client = snapshot.clients.find((c) => c.id === HELLOWORK_SITE_ID)!
      // Hello Work refuses a ticket ④ issued for anyone but this user, without activating it.
      const sub = pairwiseSubject(snapshot, user.id, client.sectorId)
      const completion: Completion = {
        userId: user.id,
        siteId: client.id,
        sessionId: session.id,
        sub,
        ticket,
        ticketHash,
        idempotencyKey,
        startedAt: now(),
      }
      // One at a time with やめる: the link Hello Work activates here is recorded before a
      // revocation can start, or a revocation that came first voids this ticket.
      const site = await withLinkLock(user.id, client.id, async () => {
        // Recorded as under way first: if the page dies before the answer is written, the
        // user's next request settles it with the same key (../completing.ts).
        await mynaportalDb.update((data) => beginCompletion(data, completion))
        const redeemed = await redeemFor(
          serverFetch,
          completion,
          snapshot.helloworkBackChannelToken,
        )
        if (!redeemed.ok) {
          // Hello Work answered and activated nothing (an injected failure stops a request
          // before its handler runs), so there is nothing left to settle.
          await mynaportalDb.update((data) => dropCompletion(data, idempotencyKey))
          refuseCompletion(redeemed, note)
        }
        return mynaportalDb.update((data) => {
          recordConnected(data, completion)
          return siteList(data, user.id).find((s) => s.id === client.id)!
        })
      })
      return HttpResponse.json<ConnectionCompleteBody>({ site })
    },
  ),

  defineEndpoint(
    'GET /connections/complete',
    { event: 'connection.complete.read', auditSuccess: false },
    async ({ request }) => {
      const data = mynaportalDb.read()
      const { session, user } = requireUser(request, data)
      const site = session.lastCompletion
        ? siteList(data, user.id).find((s) => s.id === session.lastCompletion!.siteId)
        : undefined
      if (!site?.connectedAt) return refuse(404, 'flow_invalid', MESSAGES.flowInvalid)
      return HttpResponse.json<ConnectionCompleteBody>({ site })
    },
  ),
]
