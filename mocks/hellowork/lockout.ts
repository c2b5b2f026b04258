/**
 * The one lockout every Hello Work password screen shares: ログイン, its ワンタイムパスワード step
 * and 属性連携認証 (④). Failures count per e-mail address whichever screen they happen on;
 * ACCOUNT_MAX_FAILURES in a row lock it for ACCOUNT_LOCK_MINUTES simulated minutes; only a
 * completed sign-in or link resets the count. Addresses that belong to no account are counted
 * too, so the tries left and the lock look the same for them and say nothing about who has an
 * account.
 */
import { ACCOUNT_LOCK_MINUTES, ACCOUNT_MAX_FAILURES, MESSAGES } from '@/contracts/errors'
import { now } from '../shared/clock'
import { refuse } from '../shared/refusal'
import { hashSecret, randomToken, sha256, verifySecret, type SecretHash } from '../shared/secrets'
import { helloworkDb, type HwData, type UnknownAddress } from './db'

/** What a lock is counted on: an account, or an address nobody has. */
export type FailureCounter = Pick<UnknownAddress, 'failedLogins' | 'lockedUntil'>

/**
 * What the addresses of nobody's may take in storage, as JSON: about 11,400 locks or 12,600
 * counts, so that 10,000 guessed addresses never push out a counter that still holds.
 */
export const UNKNOWN_ADDRESSES_MAX_CHARS = 1_200_000

export function isLocked(counter: FailureCounter): boolean {
  return counter.lockedUntil !== null && counter.lockedUntil > now()
}

/** Counts one failure. Resolves to the tries left; 0 means this failure locked the counter. */
export function countFailure(counter: FailureCounter): number {
  counter.failedLogins += 1
  if (counter.failedLogins < ACCOUNT_MAX_FAILURES) {
    return ACCOUNT_MAX_FAILURES - counter.failedLogins
  }
  counter.lockedUntil = now() + ACCOUNT_LOCK_MINUTES * 60_000
  counter.failedLogins = 0
  return 0
}

/** Holds something an account would still show: a count of failures, or a lock not yet over. */
const holds = (entry: UnknownAddress) => entry.failedLogins > 0 || isLocked(entry)

const lockEnd = (a: UnknownAddress, b: UnknownAddress) => a.lockedUntil! - b.lockedUntil!

/**
 * Keeps an account's memory for an address nobody has: an entry is dropped once it holds nothing
 * (an account would show a fresh count too). Past the bound in bytes, the counts least recently
 * added to go first, and a lock only when locks alone fill it: the one ending soonest.
 */
function bound(list: UnknownAddress[]): UnknownAddress[] {
  const kept = list.filter(holds)
  let size = JSON.stringify(kept).length
  const order = [...kept.filter((e) => !isLocked(e)), ...kept.filter(isLocked).sort(lockEnd)]
  const dropped = new Set<UnknownAddress>()
  for (const entry of order) {
    if (size <= UNKNOWN_ADDRESSES_MAX_CHARS) break
    dropped.add(entry)
    size -= JSON.stringify(entry).length + 1
  }
  return kept.filter((entry) => !dropped.has(entry))
}

/** The counter of an address nobody has, last in the list: the list is in order of failure. */
function unknownAddress(data: HwData, emailHash: string): UnknownAddress {
  // Data saved before addresses were counted has no list yet.
  const list = data.unknownAddresses ?? []
  const entry = list.find((a) => a.emailHash === emailHash) ?? {
    emailHash,
    failedLogins: 0,
    lockedUntil: null,
  }
  data.unknownAddresses = [...list.filter((a) => a !== entry), entry]
  return entry
}

/**
 * What an unknown address's password is checked against: a PBKDF2 hash like an account's, made
 * once per page, so that every failed sign-in costs one verification, known address or not.
 */
// Process-wide on purpose: a random hash nobody knows, the same for every set of servers.
let standIn: Promise<SecretHash> | undefined
const standInHash = () => (standIn ??= hashSecret(randomToken()))

/**
 * Checks e-mail + password against the shared lockout. Resolves to the account id, or throws:
 * 423 while locked (even for the right password), else 401 with the one message for an unknown
 * e-mail and a wrong password and the tries left. A right password does not reset the count:
 * the screen that completes the sign-in does.
 */
export async function verifyCredentials(email: string, password: string): Promise<string> {
  const address = email.toLowerCase()
  // The same steps whether the address has an account or not: the stand-in, a digest, one
  // PBKDF2 verification, one write.
  const fallback = await standInHash()
  const emailHash = await sha256(address)
  const account = helloworkDb.read().accounts.find((a) => a.email.toLowerCase() === address)
  const matches = await verifySecret(password, account?.password ?? fallback)
  const remaining = await helloworkDb.update((data) => {
    const counter = account
      ? data.accounts.find((a) => a.id === account.id)!
      : unknownAddress(data, emailHash)
    const left = isLocked(counter) ? 0 : account && matches ? null : countFailure(counter)
    data.unknownAddresses = bound(data.unknownAddresses ?? [])
    return left
  })
  if (remaining === 0) return refuse(423, 'account_locked', MESSAGES.accountLocked)
  if (remaining !== null) {
    return refuse(401, 'credentials_invalid', MESSAGES.credentialsIncorrect(remaining), {
      remaining,
    })
  }
  return account!.id
}
