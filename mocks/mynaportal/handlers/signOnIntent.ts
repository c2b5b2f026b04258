/**
 * A sign-on answered without any screen (prompt=none, or an already connected user) must come
 * from a person who pressed 利用する in this browser: otherwise an authorization URL made by
 * someone else and opened here would hand them a code for this user. 利用する records a
 * short-lived, single-use intent in the session; /authorize spends it. 同意確認 is its own action.
 */
import { now } from '../../shared/clock'
import { mynaportalDb, type MynaSession } from '../db'

/** Long enough for the hops to Hello Work and back, on the simulated clock. */
export const SIGN_ON_INTENT_LIFETIME_MS = 2 * 60_000

export function recordSignOnIntent(sessionId: string, clientId: string): Promise<void> {
  return mynaportalDb.update((data) => {
    const session = data.sessions.find((s) => s.id === sessionId)
    if (session) session.signOnIntent = { clientId, expiresAt: now() + SIGN_ON_INTENT_LIFETIME_MS }
  })
}

/** True when the session holds a live intent for this client; either way it is spent. */
export function spendSignOnIntent(session: MynaSession, clientId: string): boolean {
  const intent = session.signOnIntent
  session.signOnIntent = undefined
  return intent !== undefined && intent.clientId === clientId && intent.expiresAt > now()
}
