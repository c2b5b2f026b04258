/**
 * Hello Work's link records and the tickets that make them active. ④ writes a link as pending with
 * a one-time ticket; only Mynaportal redeeming that ticket at ⑤ makes it active, and an unredeemed
 * link lapses with its ticket. So Hello Work never keeps a link Mynaportal does not show, and a
 * ⑤ that never came (a closed tab, a failure, an expired ticket) leaves つなぐ open: a later ④
 * replaces the pending link. Every helper runs inside `helloworkDb.update` or on a read snapshot.
 */
import { now } from '../shared/clock'
import type { HwData, LinkRecord } from './db'

export const TICKET_LIFETIME_MS = 5 * 60_000

/** Only an active link signs anyone in, shows as linked or blocks another ④. */
export function isActiveLink(link: LinkRecord): boolean {
  return link.pending === undefined
}

/** Active, or pending with a ticket that can still be redeemed. */
function isLiveLink(link: LinkRecord, at: number): boolean {
  return link.pending === undefined || link.pending.expiresAt > at
}

export function activeLinkOfSubject(data: HwData, iss: string, sub: string) {
  return data.links.find((l) => isActiveLink(l) && l.iss === iss && l.sub === sub)
}

export function activeLinkOfAccount(data: HwData, accountId: string) {
  return data.links.find((l) => isActiveLink(l) && l.accountId === accountId)
}

/** What the console lists: lapsed pending links are as good as gone. */
export function liveLinks(data: HwData): LinkRecord[] {
  const at = now()
  return data.links.filter((l) => isLiveLink(l, at))
}

/** A spent ticket outlives its 5 minutes while its link stands: Mynaportal may ask again. */
function forgetLapsed(data: HwData, at: number): void {
  data.links = data.links.filter((l) => isLiveLink(l, at))
  data.tickets = data.tickets.filter(
    (t) => t.expiresAt > at || (t.used && !t.voided && activeLinkOfSubject(data, t.iss, t.sub)),
  )
}

/**
 * ④, after the caller refused conflicts with active links: (iss, sub) ⇄ account, pending, and its
 * ticket. A pending link sharing the subject or the account (an earlier ④ whose ⑤ never came, or
 * another tab's) is replaced and its ticket voided: the newest ④ wins, and the link stays unique
 * both ways.
 */
export function placePendingLink(
  data: HwData,
  link: { accountId: string; iss: string; sub: string },
  ticketHash: string,
): void {
  const at = now()
  forgetLapsed(data, at)
  const clashes = (l: LinkRecord) =>
    l.accountId === link.accountId || (l.iss === link.iss && l.sub === link.sub)
  for (const old of data.links.filter((l) => !isActiveLink(l) && clashes(l))) {
    const ticket = data.tickets.find((t) => t.ticketHash === old.pending!.ticketHash)
    if (ticket) ticket.voided = 'superseded'
  }
  data.links = data.links.filter((l) => isActiveLink(l) || !clashes(l))
  const expiresAt = at + TICKET_LIFETIME_MS
  data.links.push({ ...link, linkedAt: at, pending: { ticketHash, expiresAt } })
  data.tickets.push({ ticketHash, iss: link.iss, sub: link.sub, expiresAt, used: false })
}

export type Redemption =
  | { iss: string; sub: string; retry: boolean }
  | { refused: 'invalid_ticket' | 'link_superseded' | 'link_cancelled' | 'ticket_mismatch' }

/**
 * ⑤'s back channel: makes the ticket's link active, once. `sub` is the subject Mynaportal's
 * signed-in user has: a ticket presented for anyone else ends that flow without activating.
 * A retry with the key that spent the ticket is answered again while the link still stands, even
 * after the ticket's 5 minutes: Mynaportal settles a ⑤ it never finished writing that way.
 */
export function redeemTicket(
  data: HwData,
  ticketHash: string,
  keyHash: string | undefined,
  sub: string,
): Redemption {
  const at = now()
  const ticket = data.tickets.find((t) => t.ticketHash === ticketHash)
  if (!ticket) return { refused: 'invalid_ticket' }
  if (ticket.used && !ticket.voided) {
    const retry = keyHash !== undefined && ticket.redeemedWith === keyHash
    const stands = activeLinkOfSubject(data, ticket.iss, ticket.sub) !== undefined
    if (retry && stands) return { iss: ticket.iss, sub: ticket.sub, retry }
    return { refused: 'invalid_ticket' }
  }
  if (ticket.expiresAt <= at) return { refused: 'invalid_ticket' }
  if (ticket.voided === 'superseded') return { refused: 'link_superseded' }
  if (ticket.voided === 'revoked') return { refused: 'link_cancelled' }
  if (ticket.used) return { refused: 'invalid_ticket' }
  const link = data.links.find((l) => l.pending?.ticketHash === ticketHash)
  if (!link) return { refused: 'invalid_ticket' }
  if (ticket.sub !== sub) {
    data.tickets = data.tickets.filter((t) => t !== ticket)
    data.links = data.links.filter((l) => l !== link)
    return { refused: 'ticket_mismatch' }
  }
  delete link.pending
  link.linkedAt = at
  ticket.used = true
  ticket.redeemedWith = keyHash
  return { iss: ticket.iss, sub: ticket.sub, retry: false }
}

/**
 * やめる's back channel: removes the subject's link, active or pending, and voids its tickets, so
 * a ⑤ still on its way (another tab) cannot make it active afterwards. Answers whether it had one.
 */
export function revokeLinks(data: HwData, iss: string, sub: string): boolean {
  const ofSubject = (l: LinkRecord) => l.iss === iss && l.sub === sub
  const had = liveLinks(data).some(ofSubject)
  data.links = data.links.filter((l) => !ofSubject(l))
  for (const ticket of data.tickets) {
    if (ticket.iss === iss && ticket.sub === sub) ticket.voided ??= 'revoked'
  }
  return had
}
