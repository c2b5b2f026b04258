/**
 * The two servers' data as the contract tests see it: read straight from the persisted documents,
 * never through an endpoint, so "nothing changed" cannot be vouched for by the endpoint under test.
 * Also the simulated browser: its cookie jar, which a test can put aside to play a second browser.
 */
import { expect } from 'vitest'
import type { SiteKey } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import type { AuditEvent } from '@mocks/shared/audit'
import { cookieSnapshot, jarDocument } from '@mocks/shared/cookies'

/**
 * What a refused request must leave exactly as it was: who is linked to whom (Hello Work's links), who has granted what
 * (Mynaportal's connections) and who is signed in where (both servers' sessions, by id and user).
 */
export function protectedState() {
  const myna = mynaportalDb.read()
  const hw = helloworkDb.read()
  return {
    links: hw.links,
    connections: myna.connections,
    mynaportalSessions: myna.sessions.map(({ id, userId }) => ({ id, userId })),
    helloworkSessions: hw.sessions.map(({ id, accountId }) => ({ id, accountId })),
  }
}

export type ProtectedState = ReturnType<typeof protectedState>

/**
 * A refused request changes nothing (no link, grant or session since `before`) and leaves an
 * audit event: the server's last one is this request's failure with its code.
 */
export function expectRefusal(
  before: ProtectedState,
  server: SiteKey,
  type: string,
  code: string,
): void {
  // `before` may be a fuller snapshot (serverState); only what a refusal must leave is compared here.
  const { links, connections, mynaportalSessions, helloworkSessions } = before
  expect(protectedState()).toEqual({ links, connections, mynaportalSessions, helloworkSessions })
  expect(lastAudit(server)).toMatchObject({ type, outcome: 'failure', code })
}

/** protectedState plus the flow's moving parts: transactions, codes, tokens and tickets. */
export function serverState() {
  const myna = mynaportalDb.read()
  const hw = helloworkDb.read()
  return {
    ...protectedState(),
    transactions: hw.transactions.map(({ id, purpose, stage }) => ({ id, purpose, stage })),
    codes: myna.codes.map(({ codeHash, used }) => ({ codeHash, used })),
    accessTokens: myna.accessTokens.map(({ tokenHash }) => tokenHash),
    tickets: hw.tickets.map(({ ticketHash, used }) => ({ ticketHash, used })),
  }
}

/** Everything both servers keep except their audit logs, and the browser's cookies. */
export function everything() {
  const { audit: _mynaAudit, ...myna } = mynaportalDb.read()
  const { audit: _hwAudit, ...hw } = helloworkDb.read()
  return { mynaportal: myna, hellowork: hw, cookies: cookieSnapshot() }
}

export function auditLog(server: SiteKey): AuditEvent[] {
  return (server === 'mynaportal' ? mynaportalDb : helloworkDb).read().audit
}

export function lastAudit(server: SiteKey): AuditEvent | undefined {
  return auditLog(server).at(-1)
}

/** The Hello Work transaction this browser opened last (its cookie lists them, newest last). */
export function newestTransaction() {
  const ids = (cookieSnapshot()['https://hellowork.example']?.hw_auth_tx ?? '').split(' ')
  const tx = helloworkDb.read().transactions.find((t) => t.id === ids.at(-1))
  if (!tx) throw new Error('this browser holds no Hello Work transaction')
  return tx
}

export function hwAccount() {
  return helloworkDb.read().accounts[0]!
}

export function mynaUser(cardId = 'card-ashita') {
  return mynaportalDb.read().users.find((user) => user.cardId === cardId)!
}

/** The pairwise subject Mynaportal gives Hello Work for a card's holder. */
export function subjectOf(cardId = 'card-ashita'): string {
  const data = mynaportalDb.read()
  const userId = data.users.find((user) => user.cardId === cardId)!.id
  return data.pairwiseSubjects.find((s) => s.userId === userId)!.sub
}

export function helloworkConnections() {
  return mynaportalDb.read().connections.filter((c) => c.siteId === 'hellowork')
}

// The simulated browser. Every tab of one browser shares its jar, as real cookies are shared.
type Jar = ReturnType<typeof cookieSnapshot>

/** This browser's cookies as they are now, to come back to later with switchToBrowser. */
export function currentBrowser(): Jar {
  return cookieSnapshot()
}

/** Puts this browser's cookies aside and continues in a fresh browser that holds none. */
export function switchToNewBrowser(): Jar {
  const previous = cookieSnapshot()
  jarDocument.clear()
  return previous
}

/** Continues in the browser whose cookies were put aside; returns the current one's. */
export function switchToBrowser(jar: Jar): Jar {
  const previous = cookieSnapshot()
  jarDocument.save(jar)
  return previous
}

export function cookie(origin: SiteKey, name: string): string | undefined {
  return cookieSnapshot()[`https://${origin}.example`]?.[name]
}
