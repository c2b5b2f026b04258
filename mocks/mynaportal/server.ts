import type { MynaportalEndpoints } from '@/contracts/mynaportalEndpoints'
import { MESSAGES } from '@/contracts/errors'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { ensureSeeded } from '../scenarios'
import { appendAudit } from '../shared/audit'
import { now } from '../shared/clock'
import { readCookie } from '../shared/cookies'
import { endpointFactory } from '../shared/endpoint'
import { refuse } from '../shared/refusal'
import { isSessionLive, sighted, withSessionLifetime } from '../shared/sessionLifetime'
import { mynaportalDb, SESSION_COOKIE, type MynaData, type MynaSession, type MynaUser } from './db'

export const SITE_NAME = 'マイナポータル'

const defineBase = endpointFactory<MynaportalEndpoints>({
  site: 'mynaportal',
  siteName: SITE_NAME,
  apiRoot: MYNAPORTAL_API,
  prepare: ensureSeeded,
  audit: (event) =>
    mynaportalDb.update((data) =>
      appendAudit(data.audit, event.type, event.outcome, event.code, event.detail),
    ),
})

const lifetime = {
  renew: (id: string) =>
    mynaportalDb.update((data) => {
      const session = data.sessions.find((s) => s.id === id)
      if (session) session.lastSeenAt = now()
    }),
  end: (id: string) => mynaportalDb.update((data) => destroySession(data, id)),
}

/** Every Mynaportal endpoint: an accepted request renews the session it authenticated. */
export const defineEndpoint: typeof defineBase = (route, options, resolver) =>
  defineBase(route, options, withSessionLifetime(resolver, lifetime))

/** This browser's session, if it is still live (an expired one is noted, to be ended). */
export function findSession(request: Request, data: MynaData): MynaSession | undefined {
  const id = readCookie(request, SESSION_COOKIE)
  const session = id === undefined ? undefined : data.sessions.find((s) => s.id === id)
  if (!session || isSessionLive(session)) return session
  sighted(request, { id: session.id, live: false })
  return undefined
}

/** 401 unless the browser holds a live signed-in session; session_expired once one lapsed. */
export function requireUser(
  request: Request,
  data: MynaData,
): { session: MynaSession; user: MynaUser } {
  const session = findSession(request, data)
  const user = session?.userId ? data.users.find((u) => u.id === session.userId) : undefined
  if (session && user) {
    sighted(request, {
      id: session.id,
      live: true,
      seenAt: session.lastSeenAt ?? session.createdAt,
    })
    return { session, user }
  }
  const id = readCookie(request, SESSION_COOKIE)
  if (!session && data.sessions.some((s) => s.id === id && s.userId !== null)) {
    return refuse(401, 'session_expired', MESSAGES.sessionExpired)
  }
  return refuse(401, 'unauthenticated', MESSAGES.unauthenticated)
}

/** Drops sessions that have lapsed, with what was issued under them (storage stays bounded). */
export function dropLapsedSessions(data: MynaData): void {
  for (const session of data.sessions) {
    if (!isSessionLive(session)) destroySession(data, session.id)
  }
}

/** Ends a session and everything issued under it (a change of user aborts its flows). */
export function destroySession(data: MynaData, sessionId: string): void {
  data.sessions = data.sessions.filter((session) => session.id !== sessionId)
  data.accessTokens = data.accessTokens.filter((token) => token.sessionId !== sessionId)
  data.codes = data.codes.filter((code) => code.sessionId !== sessionId)
}

export function pairwiseSubject(data: MynaData, userId: string, sectorId: string): string {
  const subject = data.pairwiseSubjects.find((s) => s.userId === userId && s.sectorId === sectorId)
  if (!subject) throw new Error(`no pairwise subject for ${userId} in ${sectorId}`)
  return subject.sub
}
