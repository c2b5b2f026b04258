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
 *                                         the connection, one at a time with やめる. The redemption
 *                                         carries a key derived from this session and ticket,
 *                                         so a retry after an answer this page never saw (a
 *                                         reload mid-request) gets Hello Work's answer again
 * 5. GET  /connections/complete           the completion this session saw, for a reload of ⑤;
 *                                         opened any other way it shows nothing it did not see
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS, type TicketRedeemBody } from '@/contracts/hellowork'
import type {
  ConnectableSite,
  ConnectionCompleteBody,
  ConnectionListBody,
} from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_API, HELLOWORK_SITE_ID, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { isoAt, now } from '../../shared/clock'
import { callBackChannel } from '../../shared/backChannel'
import { requireCsrf } from '../../shared/csrf'
import { refuse } from '../../shared/refusal'
import { sha256 } from '../../shared/secrets'
import { mynaportalDb, type MynaData } from '../db'
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
    async ({ request }) => {
      const data = mynaportalDb.read()
      const { user } = requireUser(request, data)
      const sites = siteList(data, user.id)
      return HttpResponse.json<ConnectionListBody>({
        connected: sites.filter((site) => site.connectedAt !== undefined),
        notConnected: sites.filter((site) => site.connectedAt === undefined),
      })
    },
  ),

  defineEndpoint(
    'POST /connections/:siteId/start',
    { event: 'connection.start', body: MYNAPORTAL_BODIES['POST /connections/:siteId/start'] },
    async ({ request, params, note, readBody }) => {
      const body = await readBody()
      const data = mynaportalDb.read()
      const { session, user } = requireUser(request, data)
      requireCsrf(session.csrfToken, body.csrfToken)
      note({ siteId: params.siteId, userId: user.id })
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
    async ({ request, params, note, readBody }) => {
      const body = await readBody()
      const data = mynaportalDb.read()
      const { session, user } = requireUser(request, data)
      requireCsrf(session.csrfToken, body.csrfToken)
      note({ siteId: params.siteId, userId: user.id })
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
      const ticketHash = await sha256(ticket)
      if (session.lastCompletion?.ticketHash === ticketHash) {
        // Already recorded: a replay, even from this session, is refused; GET shows the result.
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }
      // The servers live in the page: a reload can end this handler after Hello Work spent the
      // ticket but before the connection below is written. The same session sending the same
      // ticket again derives the same key, and Hello Work answers that retry as it did the first.
      const idempotencyKey = await sha256(`${session.id}:${ticketHash}`)
      const client = snapshot.clients.find((c) => c.id === HELLOWORK_SITE_ID)!
      // Hello Work refuses a ticket ④ issued for anyone but this user, without activating it.
      const sub = pairwiseSubject(snapshot, user.id, client.sectorId)
      // One at a time with やめる: the link Hello Work activates here is recorded before a
      // revocation can start, or a revocation that came first voids this ticket.
      const site = await withLinkLock(user.id, client.id, async () => {
        const redeemed = await callBackChannel<TicketRedeemBody>(
          serverFetch,
          `${HELLOWORK_API}/link/tickets/redeem`,
          {
            method: 'POST',
            body: { ticket, idempotencyKey, sub },
            bearer: snapshot.helloworkBackChannelToken,
          },
        )
        if (!redeemed.ok) refuseCompletion(redeemed, note)

        // Hello Work's link is active now: the connection is recorded even if this session ended
        // meanwhile (another tab's ログアウト), or the two servers would disagree.
        return mynaportalDb.update((data) => {
          const alreadyConnected = data.connections.some(
            (c) => c.userId === user.id && c.siteId === client.id,
          )
          if (!alreadyConnected) {
            data.connections.push({ userId: user.id, siteId: client.id, connectedAt: now() })
          }
          const current = data.sessions.find((s) => s.id === session.id)
          if (current) current.lastCompletion = { siteId: client.id, at: now(), ticketHash }
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
