/**
 * ⑤ in two writes, so that a page dying between Hello Work's redemption (which makes its link
 * active) and Mynaportal's own record cannot leave the servers disagreeing. Before redeeming,
 * the completion is recorded as under way, with the ticket and the redemption's idempotency key;
 * Hello Work's answer settles it: connected, or dropped. One still under way when its user next
 * lists or uses the connections is settled by sending the same redemption again: Hello Work gives
 * the same answer for the same key while its link stands, and refuses a ticket it never spent
 * once the ticket has lapsed (or another つなぐ or やめる voided it), so the record is dropped.
 */
import { HELLOWORK_API } from '@/contracts/sites'
import type { TicketRedeemBody } from '@/contracts/hellowork'
import { now } from '../shared/clock'
import { callBackChannel, isRefusal, type BackChannelResult } from '../shared/backChannel'
import type { ServerFetch } from '../shared/serverFetch'
import { mynaportalDb, type Completion, type MynaData } from './db'
import { withLinkLock } from './linkLock'

/** Called with the link lock held: nothing else settles this user's link meanwhile. */
export function redeemFor(
  serverFetch: ServerFetch,
  completion: Completion,
  backChannelToken: string,
): Promise<BackChannelResult<TicketRedeemBody>> {
  const { ticket, idempotencyKey, sub } = completion
  return callBackChannel<TicketRedeemBody>(serverFetch, `${HELLOWORK_API}/link/tickets/redeem`, {
    method: 'POST',
    body: { ticket, idempotencyKey, sub },
    bearer: backChannelToken,
  })
}

/** Removes the records `gone` picks; with none left, the document is as before any ⑤. */
export function forgetCompletions(data: MynaData, gone: (c: Completion) => boolean): void {
  const left = (data.completing ?? []).filter((c) => !gone(c))
  if (left.length > 0) data.completing = left
  else delete data.completing
}

/** Written before the redemption is sent; the same ⑤ sent again replaces its own record. */
export function beginCompletion(data: MynaData, completion: Completion): void {
  dropCompletion(data, completion.idempotencyKey)
  data.completing = [...(data.completing ?? []), completion]
}

export function dropCompletion(data: MynaData, idempotencyKey: string): void {
  forgetCompletions(data, (c) => c.idempotencyKey === idempotencyKey)
}

/**
 * Hello Work's link is active: the connection is recorded even if the session that started it
 * ended meanwhile (another tab's ログアウト), or the two servers would disagree.
 */
export function recordConnected(data: MynaData, completion: Completion): void {
  const { userId, siteId, sessionId, ticketHash } = completion
  dropCompletion(data, completion.idempotencyKey)
  if (!data.connections.some((c) => c.userId === userId && c.siteId === siteId)) {
    data.connections.push({ userId, siteId, connectedAt: now() })
  }
  const session = data.sessions.find((s) => s.id === sessionId)
  // A reload of that ⑤ (GET /connections/complete) then shows what happened.
  if (session) session.lastCompletion = { siteId, at: now(), ticketHash }
}

/**
 * Settles every completion of this user that a dead page left under way. Costs nothing when there
 * is none; when Hello Work does not answer (a failure injected there), the record waits for the
 * next request.
 */
export async function settleCompletions(serverFetch: ServerFetch, userId: string): Promise<void> {
  const snapshot = mynaportalDb.read()
  const mine = (snapshot.completing ?? []).filter((c) => c.userId === userId)
  for (const left of mine) {
    await withLinkLock(userId, left.siteId, async () => {
      const data = mynaportalDb.read()
      const still = data.completing?.find((c) => c.idempotencyKey === left.idempotencyKey)
      if (!still) return // settled by the ⑤ itself or another tab meanwhile
      const redeemed = await redeemFor(serverFetch, still, data.helloworkBackChannelToken)
      if (redeemed.ok) await mynaportalDb.update((d) => recordConnected(d, still))
      else if (isRefusal(redeemed))
        await mynaportalDb.update((d) => dropCompletion(d, still.idempotencyKey))
    })
  }
}
