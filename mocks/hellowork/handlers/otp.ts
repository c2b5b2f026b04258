/**
 * The one-time password of Hello Work's sign-in (scenario otp): a 6-digit code good for
 * OTP_LIFETIME_MINUTES of the simulated clock, bound to this browser by a cookie, kept as a hash,
 * and "mailed" in the answer of POST /login.
 * POST /login/otp  CSRF (403), this browser's pending code (400 otp_expired when none or expired,
 *                  which ends it), input (422), the lock (423, nothing changes), then the code: a
 *                  wrong one counts on the shared lockout (401 with the tries left; the locking
 *                  one ends the code), the right one is used up and signs in.
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { OtpMailNotice } from '@/contracts/hellowork'
import { OTP_LIFETIME_MINUTES } from '@/contracts/hellowork'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_ORIGIN } from '@/contracts/sites'
import { OTP_LENGTH, otpErrors } from '@/contracts/validation'
import { isoAt, now } from '../../shared/clock'
import { readCookie, writeCookie } from '../../shared/cookies'
import { requireCsrf } from '../../shared/csrf'
import { refuse, requireValid } from '../../shared/refusal'
import { hashSecret, randomToken, verifySecret } from '../../shared/secrets'
import {
  helloworkDb,
  LOGIN_CSRF_COOKIE,
  OTP_COOKIE,
  type HwAccount,
  type HwData,
  type OtpChallenge,
} from '../db'
import { countFailure, isLocked } from '../lockout'
import { HELLOWORK_BODIES } from '../requests'
import { defineEndpoint, signIn } from '../server'

const MYPAGE = `${HELLOWORK_ORIGIN}/mypage`

/**
 * The mailed code. In this practice environment the codes follow a fixed sequence from each
 * scenario reset (like the frozen clock), so a lesson or a manual screenshot shows the same code
 * on every run; guessing is still bounded by the shared lockout and the 5-minute lifetime.
 */
function practiceCode(serial: number, length: number): string {
  // murmur3's finaliser: consecutive serials give unrelated-looking codes.
  let x = Math.imul(serial + 1, 0x9e3779b1) >>> 0
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0
  x = (x ^ (x >>> 16)) >>> 0
  return String(x % 10 ** length).padStart(length, '0')
}

function otpChallenges(data: HwData): OtpChallenge[] {
  // Data saved before one-time passwords existed has no list yet.
  return (data.otpChallenges ??= [])
}

function endChallenge(data: HwData, id: string): void {
  data.otpChallenges = otpChallenges(data).filter((c) => c.id !== id && c.expiresAt > now())
}

/** Issues this browser's code, ending the one of an earlier mail, and returns the "mail". */
export async function mailOtp(request: Request, account: HwAccount): Promise<OtpMailNotice> {
  let serial = 0
  await helloworkDb.update((data) => {
    serial = data.otpCodesIssued = (data.otpCodesIssued ?? 0) + 1
  })
  const code = practiceCode(serial, OTP_LENGTH)
  const challenge: OtpChallenge = {
    id: randomToken(16),
    accountId: account.id,
    // PBKDF2 as for a PIN: six digits are too few to keep as a plain SHA-256.
    codeHash: await hashSecret(code),
    createdAt: now(),
    expiresAt: now() + OTP_LIFETIME_MINUTES * 60_000,
  }
  await helloworkDb.update((data) => {
    // One code per browser: a new login makes the code of an earlier mail useless.
    endChallenge(data, readCookie(request, OTP_COOKIE) ?? '')
    otpChallenges(data).push(challenge)
  })
  writeCookie(request, OTP_COOKIE, challenge.id)
  return { to: account.email, code, expiresAt: isoAt(challenge.expiresAt) }
}

export const otpHandlers = [
  defineEndpoint(
    'POST /login/otp',
    { event: 'login.otp', body: HELLOWORK_BODIES['POST /login/otp'] },
    async ({ request, note, readBody }) => {
      const body = await readBody()
      requireCsrf(readCookie(request, LOGIN_CSRF_COOKIE), body.csrfToken)
      const id = readCookie(request, OTP_COOKIE)
      const challenge = otpChallenges(helloworkDb.read()).find((c) => c.id === id)
      if (!challenge) return refuse(400, 'otp_expired', MESSAGES.otpExpired)
      note({ accountId: challenge.accountId })
      if (challenge.expiresAt <= now()) {
        await helloworkDb.update((data) => endChallenge(data, challenge.id))
        writeCookie(request, OTP_COOKIE, undefined)
        return refuse(400, 'otp_expired', MESSAGES.otpExpired)
      }
      const code = body.code.trim()
      requireValid(otpErrors(code))

      const matches = await verifySecret(code, challenge.codeHash)
      const remaining = await helloworkDb.update((data) => {
        // Used up meanwhile: a double click, or a newer login of this browser.
        if (!otpChallenges(data).some((c) => c.id === challenge.id)) {
          return refuse(400, 'otp_expired', MESSAGES.otpExpired)
        }
        const account = data.accounts.find((a) => a.id === challenge.accountId)!
        if (isLocked(account)) return refuse(423, 'account_locked', MESSAGES.accountLocked)
        if (!matches) {
          const left = countFailure(account)
          if (left === 0) endChallenge(data, challenge.id)
          return left
        }
        endChallenge(data, challenge.id)
        signIn(request, data, account.id)
        return null
      })
      if (remaining === 0) {
        writeCookie(request, OTP_COOKIE, undefined)
        return refuse(423, 'account_locked', MESSAGES.accountLocked)
      }
      if (remaining !== null) {
        return refuse(401, 'otp_invalid', MESSAGES.otpIncorrect(remaining), { remaining })
      }
      writeCookie(request, OTP_COOKIE, undefined)
      return HttpResponse.json<RedirectBody>({ location: MYPAGE })
    },
  ),
]
