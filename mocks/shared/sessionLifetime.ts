/**
 * How long a signed-in session lasts at either site, on the simulated clock: SESSION_IDLE_MINUTES
 * after the last request it authenticated and the server accepted, and never past
 * SESSION_MAX_HOURS after sign-in. Sessions stored before `lastSeenAt` existed count from sign-in.
 */
import { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '@/contracts/errors'
import { now } from './clock'

export interface SessionTimes {
  createdAt: number
  lastSeenAt?: number
}

export function isSessionLive(session: SessionTimes): boolean {
  const at = now()
  const lastSeen = session.lastSeenAt ?? session.createdAt
  return (
    at - lastSeen < SESSION_IDLE_MINUTES * 60_000 &&
    at - session.createdAt < SESSION_MAX_HOURS * 3_600_000
  )
}

/** What a request found of its browser's session: handlers renew or end it after answering. */
export type SessionSighting = { id: string; live: boolean; seenAt?: number }

/**
 * A renewal rewrites the server's whole document under its lock, on every request of every step;
 * within a minute of the last one it changes nothing a 30-minute idle limit can tell (and on the
 * frozen clock, nothing at all), so it is skipped.
 */
const RENEW_AFTER_MS = 60_000
// Keyed by the request being answered, so no two requests (or sets of servers) share an entry.
const sightings = new WeakMap<Request, SessionSighting>()

export function sighted(request: Request, sighting: SessionSighting): void {
  sightings.set(request, sighting)
}

/**
 * Wraps a resolver: an accepted (2xx) request that authenticated a live session renews its idle
 * time; one that met an expired session ends it, so it answers session_expired once, then is gone.
 */
export function withSessionLifetime<C extends { request: Request }>(
  resolver: (context: C) => Promise<Response>,
  store: { renew(id: string): Promise<void>; end(id: string): Promise<void> },
): (context: C) => Promise<Response> {
  return async (context) => {
    let response: Response
    try {
      response = await resolver(context)
    } finally {
      const sighting = sightings.get(context.request)
      if (sighting && !sighting.live) await store.end(sighting.id)
    }
    const sighting = sightings.get(context.request)
    const stale = sighting?.seenAt === undefined || now() - sighting.seenAt >= RENEW_AFTER_MS
    if (sighting?.live && response.ok && stale) await store.renew(sighting.id)
    return response
  }
}
