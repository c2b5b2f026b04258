import { MESSAGES, PIN_MAX_FAILURES } from '@/contracts/errors'
import { now } from '../shared/clock'
import { writeCookie } from '../shared/cookies'
import { refuse } from '../shared/refusal'
import { randomToken } from '../shared/secrets'
import { SESSION_COOKIE, type MynaData, type MynaSession, type MynaUser } from './db'
import { destroySession, dropLapsedSessions, findSession } from './server'

/**
 * What every sign-in with the card shares, whichever way the PIN was typed (the PC's card reader
 * or the phone's app): the card's one three-strikes lock, and the session it opens.
 */
export type PinOutcome = { kind: 'ok' } | { kind: 'locked' } | { kind: 'wrong'; remaining: number }

/** Counts one PIN attempt on the card, inside the document's update: a success resets the count. */
export function countPinAttempt(user: MynaUser, pinMatches: boolean): PinOutcome {
  if (user.pinLocked) return { kind: 'locked' }
  if (!pinMatches) {
    user.failedPinAttempts += 1
    user.pinLocked = user.failedPinAttempts >= PIN_MAX_FAILURES
    return user.pinLocked
      ? { kind: 'locked' }
      : { kind: 'wrong', remaining: PIN_MAX_FAILURES - user.failedPinAttempts }
  }
  user.failedPinAttempts = 0
  return { kind: 'ok' }
}

/** The refusal of a PIN attempt that did not succeed (after the update saved its count). */
export function refusePin(outcome: Exclude<PinOutcome, { kind: 'ok' }>): never {
  if (outcome.kind === 'locked') return refuse(423, 'pin_locked', MESSAGES.pinLocked)
  return refuse(401, 'pin_incorrect', MESSAGES.pinIncorrect(outcome.remaining), {
    remaining: outcome.remaining,
  })
}

/**
 * A new session for `user` in the browser that sent `request` (a new id every time), replacing
 * the one it held. An interrupted authorization request survives sign-in only for the same person.
 */
export function openSession(request: Request, data: MynaData, user: MynaUser): MynaSession {
  const previous = findSession(request, data)
  const carried =
    previous && (previous.userId === null || previous.userId === user.id)
      ? previous.pendingAuthorization
      : undefined
  if (previous) destroySession(data, previous.id)
  dropLapsedSessions(data)
  const session: MynaSession = {
    id: randomToken(),
    userId: user.id,
    csrfToken: randomToken(),
    createdAt: now(),
    lastSeenAt: now(),
    ...(carried ? { pendingAuthorization: carried } : {}),
  }
  data.sessions.push(session)
  writeCookie(request, SESSION_COOKIE, session.id)
  return session
}
