/**
 * Both servers' data as the trainer console shows and edits it (GET/POST SIMULATOR_API/data).
 * Hashes, keys and one-time secrets are never part of it: only what a trainer explains or changes.
 */
export interface MynaUserRow {
  id: string
  displayName: string
  cardId: string
  failedPinAttempts: number
  pinLocked: boolean
}

export interface ConnectionRow {
  userId: string
  siteId: string
  connectedAt: string
}

/**
 * A つながり完了 (⑤) that Mynaportal recorded as under way and has not yet settled with Hello
 * Work's answer: the page died, or the answer is still coming. Its ticket is never part of it.
 */
export interface CompletionRow {
  userId: string
  siteId: string
  startedAt: string
}

export interface HwAccountRow {
  id: string
  email: string
  displayName: string
  officeName: string
  failedLogins: number
  /** ISO instant while locked, else null. */
  lockedUntil: string | null
  registrationValid: boolean
  otpRequired: boolean
}

export interface LinkRow {
  accountId: string
  /** The Mynaportal user behind the pairwise subject, or null when it names nobody known. */
  userId: string | null
  sub: string
  linkedAt: string
  /** Only while the link waits for Mynaportal's ⑤: when it lapses unless ⑤ redeems its ticket. */
  pendingUntil?: string
}

export interface TransactionRow {
  id: string
  purpose: string
  stage: string
  createdAt: string
  expiresAt: string
  expired: boolean
}

export interface ServerDataBody {
  mynaportal: {
    users: MynaUserRow[]
    connections: ConnectionRow[]
    completing: CompletionRow[]
    sessions: number
  }
  hellowork: {
    accounts: HwAccountRow[]
    links: LinkRow[]
    transactions: TransactionRow[]
    sessions: number
  }
}

/** POST /data: one change, applied atomically to the one server it concerns → ServerDataBody. */
export type DataEdit =
  | { kind: 'myna-user'; userId: string; failedPinAttempts: number; pinLocked: boolean }
  | {
      kind: 'hw-account'
      accountId: string
      failedLogins: number
      locked: boolean
      registrationValid: boolean
      otpRequired: boolean
    }
  /** Mynaportal's grant for Hello Work (its もっとつながる side of the link). */
  | { kind: 'connection'; userId: string; connected: boolean }
  /** Hello Work's link record for an account: to a Mynaportal user's subject, or none. */
  | { kind: 'link'; accountId: string; userId: string | null }
  | { kind: 'transaction'; id: string; action: 'expire' | 'remove' }
