import { MESSAGES } from '@/contracts/errors'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { ensureSeeded } from '../scenarios'
import { appendAudit } from '../shared/audit'
import { readCookie } from '../shared/cookies'
import { endpointFactory, fail } from '../shared/endpoint'
import { constantTimeEqual } from '../shared/secrets'
import { mynaportalDb, SESSION_COOKIE, type MynaData, type MynaSession, type MynaUser } from './db'

export const SITE_NAME = 'マイナポータル'

export const defineEndpoint = endpointFactory({
  site: 'mynaportal',
  siteName: SITE_NAME,
  apiRoot: MYNAPORTAL_API,
  prepare: ensureSeeded,
  audit: (event) =>
    mynaportalDb.update((data) =>
      appendAudit(data.audit, event.type, event.outcome, event.code, event.detail),
    ),
})

export function findSession(request: Request, data: MynaData): MynaSession | undefined {
  const id = readCookie(request, SESSION_COOKIE)
  return id === undefined ? undefined : data.sessions.find((session) => session.id === id)
}

/** 401 unless the browser holds a signed-in Mynaportal session. */
export function requireUser(
  request: Request,
  data: MynaData,
): { session: MynaSession; user: MynaUser } {
  const session = findSession(request, data)
  const user = session?.userId ? data.users.find((u) => u.id === session.userId) : undefined
  if (!session || !user) return fail(401, 'unauthenticated', MESSAGES.unauthenticated)
  return { session, user }
}

export function requireCsrf(session: MynaSession, token: string): void {
  if (!constantTimeEqual(session.csrfToken, token)) {
    fail(403, 'csrf_invalid', MESSAGES.csrfInvalid)
  }
}

/** Ends a session and everything issued under it (R5: a change of user aborts its flows). */
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
