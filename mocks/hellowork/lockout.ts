/**
 * The one lockout every Hello Work password screen shares: ログイン, its ワンタイムパスワード step
 * and 属性連携認証 (④). Failures count per e-mail address whichever screen they happen on;
 * ACCOUNT_MAX_FAILURES in a row lock it for ACCOUNT_LOCK_MINUTES simulated minutes; only a
 * completed sign-in or link resets the count (R7). Addresses that belong to no account are counted
 * too, so the tries left and the lock look the same for them and say nothing about who has an
 * account.
 */
import { ACCOUNT_LOCK_MINUTES, ACCOUNT_MAX_FAILURES, MESSAGES } from '@/contracts/errors'
import { now } from '../shared/clock'
import { fail } from '../shared/endpoint'
import { hashSecret, sha256, verifySecret } from '../shared/secrets'
import { helloworkDb, type HwData, type UnknownAddress } from './db'

/** What a lock is counted on: an account, or an address nobody has. */
export type FailureCounter = Pick<UnknownAddress, 'failedLogins' | 'lockedUntil'>

/** Kept addresses of nobody's: enough for a class of trainees, bounded in browser storage. */
const UNKNOWN_ADDRESSES_KEPT = 200

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

function unknownAddress(data: HwData, emailHash: string): UnknownAddress {
  // Data saved before addresses were counted has no list yet.
  data.unknownAddresses ??= []
  let entry = data.unknownAddresses.find((a) => a.emailHash === emailHash)
  if (!entry) {
    entry = { emailHash, failedLogins: 0, lockedUntil: null }
    data.unknownAddresses.push(entry)
    data.unknownAddresses.splice(0, data.unknownAddresses.length - UNKNOWN_ADDRESSES_KEPT)
  }
  return entry
}

/**
 * Checks e-mail + password against the shared lockout. Resolves to the account id, or throws:
 * 423 while locked (even for the right password), else 401 with the one message for an unknown
 * e-mail and a wrong password and the tries left. A right password does not reset the count:
 * the screen that completes the sign-in does.
 */
export async function verifyCredentials(email: string, password: string): Promise<string> {
  const address = email.toLowerCase()
  const account = helloworkDb.read().accounts.find((a) => a.email.toLowerCase() === address)
  // Hash even for an unknown address, so both failures take the same time.
  const matches = await verifySecret(password, account?.password ?? (await hashSecret('')))
  const emailHash = account ? '' : await sha256(address)
  const remaining = await helloworkDb.update((data) => {
    const counter = account
      ? data.accounts.find((a) => a.id === account.id)!
      : unknownAddress(data, emailHash)
    if (isLocked(counter)) return 0
    return account && matches ? null : countFailure(counter)
  })
  if (remaining === 0) return fail(423, 'account_locked', MESSAGES.accountLocked)
  if (remaining !== null) {
    return fail(401, 'credentials_invalid', MESSAGES.credentialsIncorrect(remaining), {
      remaining,
    })
  }
  return account!.id
}
