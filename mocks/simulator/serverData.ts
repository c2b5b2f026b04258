import { ACCOUNT_LOCK_MINUTES, MESSAGES, PIN_MAX_FAILURES } from '@/contracts/errors'
import type { DataEdit, ServerDataBody } from '@/contracts/serverData'
import { HELLOWORK_SITE_ID, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { helloworkDb, type HwData } from '../hellowork/db'
import { liveLinks } from '../hellowork/links'
import { mynaportalDb, type MynaData } from '../mynaportal/db'
import { isoAt, now } from '../shared/clock'
import { refuse } from '../shared/refusal'

/**
 * Both servers' data for the console: what a trainer explains (users, links, transactions, lock
 * counters) without hashes, keys or secrets; and the few edits a prototyper needs to set up a
 * situation no preset has. Each edit is checked whole, then written to the one server it concerns.
 */
const FAILURE_LIMIT = 99

function helloworkSector(myna: MynaData): string {
  return myna.clients.find((c) => c.id === HELLOWORK_SITE_ID)!.sectorId
}

export function readServerData(): ServerDataBody {
  const myna = mynaportalDb.read()
  const hw = helloworkDb.read()
  const sector = helloworkSector(myna)
  const userOfSub = (sub: string) =>
    myna.pairwiseSubjects.find((s) => s.sub === sub && s.sectorId === sector)?.userId ?? null
  return {
    mynaportal: {
      users: myna.users.map((u) => ({
        id: u.id,
        displayName: u.displayName,
        cardId: u.cardId,
        failedPinAttempts: u.failedPinAttempts,
        pinLocked: u.pinLocked,
      })),
      connections: myna.connections.map((c) => ({ ...c, connectedAt: isoAt(c.connectedAt) })),
      completing: (myna.completing ?? []).map((c) => ({
        userId: c.userId,
        siteId: c.siteId,
        startedAt: isoAt(c.startedAt),
      })),
      sessions: myna.sessions.filter((s) => s.userId !== null).length,
    },
    hellowork: {
      accounts: hw.accounts.map((a) => ({
        id: a.id,
        email: a.email,
        displayName: a.displayName,
        officeName: a.officeName,
        failedLogins: a.failedLogins,
        lockedUntil: a.lockedUntil !== null && a.lockedUntil > now() ? isoAt(a.lockedUntil) : null,
        registrationValid: a.registrationValid,
        otpRequired: a.otpRequired,
      })),
      links: liveLinks(hw).map((l) => ({
        accountId: l.accountId,
        userId: l.iss === MYNAPORTAL_ISSUER ? userOfSub(l.sub) : null,
        sub: l.sub,
        linkedAt: isoAt(l.linkedAt),
        ...(l.pending && { pendingUntil: isoAt(l.pending.expiresAt) }),
      })),
      transactions: hw.transactions.map((t) => ({
        id: t.id,
        purpose: t.purpose,
        stage: t.stage,
        createdAt: isoAt(t.createdAt),
        expiresAt: isoAt(t.expiresAt),
        expired: t.expiresAt <= now(),
      })),
      sessions: hw.sessions.length,
    },
  }
}

const badEdit = (): never =>
  refuse(400, 'invalid_request', 'データの変更内容が正しくありません。一覧を開き直してください。')
const missing = (): never => refuse(404, 'not_found', MESSAGES.notFound)

/** A counter the console lets a trainer type: out of range, the 422 names the field and why. */
function count(value: unknown, max: number, field: string, label: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) {
    return value
  }
  return refuse(422, 'validation', MESSAGES.validationSummary, {
    fields: { [field]: MESSAGES.counterRange(label, max) },
  })
}

function flag(value: unknown): boolean {
  return typeof value === 'boolean' ? value : badEdit()
}

function editMynaportal(data: MynaData, edit: DataEdit): void {
  if (edit.kind === 'myna-user') {
    const user = data.users.find((u) => u.id === edit.userId) ?? missing()
    user.failedPinAttempts = count(
      edit.failedPinAttempts,
      PIN_MAX_FAILURES,
      'failedPinAttempts',
      '暗証番号の連続失敗回数',
    )
    user.pinLocked = flag(edit.pinLocked)
  } else if (edit.kind === 'connection') {
    if (!data.users.some((u) => u.id === edit.userId)) missing()
    const connected = flag(edit.connected)
    data.connections = data.connections.filter(
      (c) => !(c.userId === edit.userId && c.siteId === HELLOWORK_SITE_ID),
    )
    if (connected) {
      data.connections.push({ userId: edit.userId, siteId: HELLOWORK_SITE_ID, connectedAt: now() })
    }
  }
}

function editHellowork(data: HwData, edit: DataEdit, subOf: (userId: string) => string): void {
  if (edit.kind === 'hw-account') {
    const account = data.accounts.find((a) => a.id === edit.accountId) ?? missing()
    account.failedLogins = count(
      edit.failedLogins,
      FAILURE_LIMIT,
      'failedLogins',
      'ログインの連続失敗回数',
    )
    account.lockedUntil = flag(edit.locked) ? now() + ACCOUNT_LOCK_MINUTES * 60_000 : null
    account.registrationValid = flag(edit.registrationValid)
    account.otpRequired = flag(edit.otpRequired)
  } else if (edit.kind === 'link') {
    if (!data.accounts.some((a) => a.id === edit.accountId)) missing()
    const sub = edit.userId === null ? null : subOf(edit.userId)
    // The link key is unique both ways: one account per subject, one subject per account.
    data.links = data.links.filter(
      (l) => l.accountId !== edit.accountId && !(l.iss === MYNAPORTAL_ISSUER && l.sub === sub),
    )
    if (sub !== null) {
      data.links.push({ accountId: edit.accountId, iss: MYNAPORTAL_ISSUER, sub, linkedAt: now() })
    }
  } else if (edit.kind === 'transaction') {
    const tx = data.transactions.find((t) => t.id === edit.id) ?? missing()
    if (edit.action === 'expire') tx.expiresAt = Math.min(tx.expiresAt, now() - 1)
    else if (edit.action === 'remove') data.transactions = data.transactions.filter((t) => t !== tx)
    else badEdit()
  }
}

const MYNAPORTAL_EDITS = new Set(['myna-user', 'connection'])
const HELLOWORK_EDITS = new Set(['hw-account', 'link', 'transaction'])

export async function applyDataEdit(body: unknown): Promise<void> {
  const edit = (body ?? {}) as DataEdit
  if (MYNAPORTAL_EDITS.has(edit.kind)) {
    await mynaportalDb.update((data) => editMynaportal(data, edit))
  } else if (HELLOWORK_EDITS.has(edit.kind)) {
    const myna = mynaportalDb.read()
    const sector = helloworkSector(myna)
    const subOf = (userId: string) =>
      myna.pairwiseSubjects.find((s) => s.userId === userId && s.sectorId === sector)?.sub ??
      missing()
    await helloworkDb.update((data) => editHellowork(data, edit, subOf))
  } else {
    badEdit()
  }
}
