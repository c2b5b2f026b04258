import type { HelloworkEndpoints } from '@/contracts/helloworkEndpoints'
import { MESSAGES, SESSION_IDLE_MINUTES } from '@/contracts/errors'
import type { PracticeAccount } from '@/contracts/hellowork'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { HELLOWORK_API } from '@/contracts/sites'
import { ensureSeeded } from '../scenarios'
import { appendAudit } from '../shared/audit'
import { now } from '../shared/clock'
import { readCookie, writeCookie } from '../shared/cookies'
import { bearerToken, endpointFactory } from '../shared/endpoint'
import { refuse } from '../shared/refusal'
import { matchesDigest, randomToken } from '../shared/secrets'
import { isSessionLive, sighted, withSessionLifetime } from '../shared/sessionLifetime'
import {
  helloworkDb,
  SESSION_COOKIE,
  TRANSACTION_COOKIE,
  type AuthTransaction,
  type HwAccount,
  type HwData,
  type HwSession,
} from './db'

export const SITE_NAME = 'ハローワークインターネットサービス'

/** The seeded persona's account as it is now (the console may have changed its e-mail). */
export function practiceAccount(data: HwData): PracticeAccount {
  return {
    email: data.accounts[0]?.email ?? PRACTICE_PERSONA.email,
    password: PRACTICE_PERSONA.password,
  }
}

const defineBase = endpointFactory<HelloworkEndpoints>({
  site: 'hellowork',
  siteName: SITE_NAME,
  apiRoot: HELLOWORK_API,
  prepare: ensureSeeded,
  audit: (event) =>
    helloworkDb.update((data) =>
      appendAudit(data.audit, event.type, event.outcome, event.code, event.detail),
    ),
})

const lifetime = {
  renew: (id: string) =>
    helloworkDb.update((data) => {
      const session = data.sessions.find((s) => s.id === id)
      if (session) session.lastSeenAt = now()
    }),
  end: (id: string) =>
    helloworkDb.update((data) => {
      data.sessions = data.sessions.filter((s) => s.id !== id)
    }),
}

/** Every Hello Work endpoint: an accepted request renews the session it authenticated. */
export const defineEndpoint: typeof defineBase = (route, options, resolver) =>
  defineBase(route, options, withSessionLifetime(resolver, lifetime))

/** 401 unless the browser holds a live session; session_expired once it lapsed. */
export function requireAccount(
  request: Request,
  data: HwData,
): { session: HwSession; account: HwAccount } {
  const id = readCookie(request, SESSION_COOKIE)
  const session = data.sessions.find((s) => s.id === id)
  const account = session && data.accounts.find((a) => a.id === session.accountId)
  if (!session || !account) return refuse(401, 'unauthenticated', MESSAGES.unauthenticated)
  if (!isSessionLive(session)) {
    sighted(request, { id: session.id, live: false })
    return refuse(401, 'session_expired', MESSAGES.sessionExpired)
  }
  sighted(request, {
    id: session.id,
    live: true,
    seenAt: session.lastSeenAt ?? session.createdAt,
  })
  return { session, account }
}

/**
 * Signs an account in with a fresh session id, ending the one this browser had. A login
 * moves 前回のログイン日時 on; the session ④ starts does not (`recordLogin: false`): the manual's
 * ⑥, reached by ⑤ 利用する right after ④, shows the login before the link, not ④ itself.
 */
export function startSession(
  request: Request,
  data: HwData,
  account: HwAccount,
  { recordLogin = true } = {},
): HwSession {
  const previousId = readCookie(request, SESSION_COOKIE)
  // The browser's old session goes, and every lapsed one with it (storage stays bounded).
  data.sessions = data.sessions.filter((s) => s.id !== previousId && isSessionLive(s))
  const session = {
    id: randomToken(),
    accountId: account.id,
    csrfToken: randomToken(),
    createdAt: now(),
    lastSeenAt: now(),
  }
  data.sessions.push(session)
  if (recordLogin) {
    account.previousLoginAt = account.lastLoginAt
    account.lastLoginAt = now()
  }
  writeCookie(request, SESSION_COOKIE, session.id)
  return session
}

/** A completed sign-in: the failure count starts again and the browser gets a new session. */
export function signIn(request: Request, data: HwData, accountId: string): void {
  const account = data.accounts.find((a) => a.id === accountId)!
  account.failedLogins = 0
  startSession(request, data, account)
}

/** The transactions this browser holds (one per tab that started a flow, newest last). */
export function browserTransactionIds(request: Request): string[] {
  return (readCookie(request, TRANSACTION_COOKIE) ?? '').split(' ').filter(Boolean)
}

export function browserTransactions(request: Request, data: HwData): AuthTransaction[] {
  const ids = browserTransactionIds(request)
  return data.transactions.filter((tx) => ids.includes(tx.id))
}

export function isLive(tx: AuthTransaction): boolean {
  return tx.stage !== 'consumed' && tx.expiresAt > now()
}

/**
 * The refusal for a transaction that is not live. One left open longer than a session's idle
 * time (④ after a long pause) says the sign-in lapsed, so the screen asks to sign in again.
 */
export function refuseTransaction(tx: AuthTransaction | undefined): never {
  if (tx && tx.stage !== 'consumed' && now() - tx.createdAt >= SESSION_IDLE_MINUTES * 60_000) {
    return refuse(401, 'session_expired', MESSAGES.sessionExpired)
  }
  return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
}

/** 401 unless the request carries Mynaportal's back-channel credential. */
export async function requireMynaportal(request: Request, data: HwData): Promise<void> {
  const token = bearerToken(request)
  if (!token || !(await matchesDigest(token, data.mynaportalBackChannelTokenDigest))) {
    refuse(401, 'invalid_client', MESSAGES.invalidClient)
  }
}
