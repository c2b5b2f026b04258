/**
 * Hello Work's own sign-in (mocks/hellowork/handlers/login.ts): GET /login, POST /login and, in
 * scenario otp, POST /login/otp. Failures share the lockout of 属性連携認証 (../lockout.ts).
 */
import { describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { LoginBody, LoginFormBody, OtpMailNotice } from '@/contracts/hellowork'
import { HELLOWORK_API, SIMULATOR_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { UNKNOWN_ADDRESSES_MAX_CHARS } from '@mocks/hellowork/lockout'
import { PERSONA } from '@mocks/scenarios'
import { randomToken, sha256, verifySecret } from '@mocks/shared/secrets'
import {
  advanceClock,
  authenticateLink,
  call,
  hwLoginCsrf,
  hwPasswordLogin,
  loadScenario,
  locationOf,
  reachStepFour,
  seedServers,
  type Answer,
} from '../../support/protocol'
import {
  cookie,
  expectRefusal,
  hwAccount,
  lastAudit,
  protectedState,
  switchToBrowser,
  switchToNewBrowser,
} from '../../support/serverState'

const api = (path: string) => `${HELLOWORK_API}${path}`
const SIGNED_IN = { status: 200, body: { location: 'https://hellowork.example/mypage' } }
const CSRF_INVALID = {
  status: 403,
  body: { error: { code: 'csrf_invalid', message: MESSAGES.csrfInvalid } },
}
const ACCOUNT_LOCKED = {
  status: 423,
  body: { error: { code: 'account_locked', message: MESSAGES.accountLocked } },
}
const OTP_EXPIRED = {
  status: 400,
  body: { error: { code: 'otp_expired', message: MESSAGES.otpExpired } },
}
const credentialsInvalid = (remaining: number) => ({
  status: 401,
  body: {
    error: {
      code: 'credentials_invalid',
      message: MESSAGES.credentialsIncorrect(remaining),
      remaining,
    },
  },
})
const otpInvalid = (remaining: number) => ({
  status: 401,
  body: { error: { code: 'otp_invalid', message: MESSAGES.otpIncorrect(remaining), remaining } },
})

async function submitOtp(code: string, csrfToken?: string): Promise<Answer> {
  return call(api('/login/otp'), { body: { code, csrfToken: csrfToken ?? (await hwLoginCsrf()) } })
}

/** Scenario otp, the right password: the mail's notice (the code is in it). */
async function mailedNotice(): Promise<OtpMailNotice> {
  await loadScenario('otp')
  const answer = (await hwPasswordLogin()) as Answer<LoginBody>
  if (answer.status !== 200 || !('otp' in answer.body)) {
    throw new Error(`expected a mailed code, got ${answer.status} ${JSON.stringify(answer.body)}`)
  }
  return answer.body.otp
}

/** Any six digits but the mailed ones. */
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

describe('GET /login', () => {
  it('issues the form’s CSRF token in a cookie of its own and answers the same one again', async () => {
    const first = await call<{ csrfToken: string }>(api('/login'))
    expect(first.status).toBe(200)
    expect(first.body.csrfToken).toMatch(/^[\w-]{40,}$/)
    expect(cookie('hellowork', 'hw_login_csrf')).toBe(first.body.csrfToken)
    expect((await call(api('/login'))).body).toEqual(first.body)
    expect(helloworkDb.read().sessions).toEqual([])
  })

  it('hints the practice account as it is now, after the console changed its e-mail', async () => {
    const before = await call<LoginFormBody>(api('/login'))
    expect(before.body.practice).toEqual({ email: PERSONA.email, password: PERSONA.password })
    await call(`${SIMULATOR_API}/persona`, {
      body: { displayName: PERSONA.displayName, email: 'renshu@example.jp', officeName: '新宿' },
    })

    const after = await call<LoginFormBody>(api('/login'))

    expect(after.body.practice).toEqual({ email: 'renshu@example.jp', password: PERSONA.password })
  })
})

describe('POST /login', () => {
  it.each([
    ['no CSRF token', ''],
    ['a forged CSRF token', 'forged'],
  ])('refuses %s with 403, counting nothing', async (_, csrfToken) => {
    await hwLoginCsrf()
    const before = protectedState()

    const answer = await call(api('/login'), {
      body: { email: PERSONA.email, password: PERSONA.password, csrfToken },
    })

    expect(answer).toEqual(CSRF_INVALID)
    expectRefusal(before, 'hellowork', 'login', 'csrf_invalid')
    expect(hwAccount().failedLogins).toBe(0)
  })

  it.each([
    [
      'empty fields',
      '',
      '',
      { email: MESSAGES.emailRequired, password: MESSAGES.passwordRequired },
    ],
    ['an address that is not one', 'yuki.ashita', 'x', { email: MESSAGES.emailFormat }],
  ])(
    'refuses %s with 422 and field messages, counting nothing',
    async (_, email, password, fields) => {
      const csrfToken = await hwLoginCsrf()
      const before = protectedState()

      const answer = await call(api('/login'), { body: { email, password, csrfToken } })

      expect(answer).toEqual({
        status: 422,
        body: { error: { code: 'validation', message: MESSAGES.validationSummary, fields } },
      })
      expectRefusal(before, 'hellowork', 'login', 'validation')
      expect(hwAccount().failedLogins).toBe(0)
    },
  )

  it('refuses a wrong password with 401, the tries left, and one count on the account', async () => {
    await seedServers()
    const before = protectedState()

    expect(await hwPasswordLogin(PERSONA.email, 'Ashita2020')).toEqual(credentialsInvalid(4))

    expectRefusal(before, 'hellowork', 'login', 'credentials_invalid')
    expect(hwAccount().failedLogins).toBe(1)
  })

  it('answers an unknown address exactly as a wrong password, down to the lock', async () => {
    await seedServers()
    const before = protectedState()
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await hwPasswordLogin('nobody@example.jp', 'x')).toEqual(
        credentialsInvalid(5 - attempt),
      )
    }
    expect(await hwPasswordLogin('Nobody@Example.jp', 'x')).toEqual(ACCOUNT_LOCKED)

    expectRefusal(before, 'hellowork', 'login', 'account_locked')
    expect(hwAccount().failedLogins).toBe(0)
    // What was kept of the address is a hash, not the address.
    expect(JSON.stringify(helloworkDb.read().unknownAddresses)).not.toMatch(/nobody/i)
    expect(await hwPasswordLogin()).toEqual(SIGNED_IN)
  })

  it('locks the account on the fifth failure in a row, then refuses the right password', async () => {
    await seedServers()
    const before = protectedState()
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await hwPasswordLogin(PERSONA.email, 'wrong')).toEqual(credentialsInvalid(5 - attempt))
    }
    expect(await hwPasswordLogin(PERSONA.email, 'wrong')).toEqual(ACCOUNT_LOCKED)
    expect(hwAccount().lockedUntil).toBe(Date.parse('2021-09-22T01:30:00Z'))

    expect(await hwPasswordLogin()).toEqual(ACCOUNT_LOCKED)
    expectRefusal(before, 'hellowork', 'login', 'account_locked')
  })

  it('refuses the right password in scenario hw-locked, until 30 simulated minutes have passed', async () => {
    await loadScenario('hw-locked')
    const before = protectedState()

    expect(await hwPasswordLogin()).toEqual(ACCOUNT_LOCKED)
    expectRefusal(before, 'hellowork', 'login', 'account_locked')

    await advanceClock(30)
    expect(await hwPasswordLogin()).toEqual(SIGNED_IN)
  })

  it('signs in with a new session, resets the count and moves 前回のログイン日時 on', async () => {
    await seedServers()
    await hwPasswordLogin(PERSONA.email, 'wrong')
    const lastLogin = hwAccount().lastLoginAt

    expect(await hwPasswordLogin()).toEqual(SIGNED_IN)

    const [session] = helloworkDb.read().sessions
    expect(session).toMatchObject({ accountId: 'hw-account-1' })
    expect(cookie('hellowork', 'hw_sid')).toBe(session!.id)
    expect(hwAccount()).toMatchObject({
      failedLogins: 0,
      previousLoginAt: lastLogin,
      lastLoginAt: Date.parse('2021-09-22T01:00:00Z'),
    })
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'login',
      outcome: 'success',
      detail: { accountId: 'hw-account-1' },
    })

    // Signing in again in the same browser replaces the session instead of adding one.
    expect(await hwPasswordLogin()).toEqual(SIGNED_IN)
    const sessions = helloworkDb.read().sessions
    expect(sessions).toHaveLength(1)
    expect(sessions[0]!.id).not.toBe(session!.id)
  })

  it('in scenario otp mails a 6-digit code for 5 minutes instead of signing in', async () => {
    const notice = await mailedNotice()

    expect(notice).toEqual({
      to: PERSONA.email,
      code: expect.stringMatching(/^\d{6}$/),
      expiresAt: '2021-09-22T01:05:00.000Z',
    })
    expect(helloworkDb.read().sessions).toEqual([])
    const [challenge] = helloworkDb.read().otpChallenges
    expect(cookie('hellowork', 'hw_login_otp')).toBe(challenge!.id)
    // Only a hash of the code is kept.
    expect(Object.values(challenge!)).not.toContain(notice.code)
    expect(await verifySecret(notice.code, challenge!.codeHash)).toBe(true)
    expect(hwAccount().failedLogins).toBe(0)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'login',
      outcome: 'success',
      detail: { accountId: 'hw-account-1', otp: true },
    })
  })

  it('in scenario otp makes a second login’s mail replace the first one’s code', async () => {
    const first = await mailedNotice()
    const second = (await hwPasswordLogin()) as Answer<{ otp: OtpMailNotice }>

    expect(helloworkDb.read().otpChallenges).toHaveLength(1)
    // Two random codes are the same once in a million: then this first check would fail.
    expect(await submitOtp(first.code)).toEqual(otpInvalid(4))
    expect(await submitOtp(second.body.otp.code)).toEqual(SIGNED_IN)
  })
})

/** The PBKDF2 runs one request makes: each run's salt and iteration count. */
async function pbkdf2Runs(
  request: () => Promise<unknown>,
): Promise<{ salt: string; iterations: number }[]> {
  const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits')
  try {
    await request()
    return deriveBits.mock.calls.map(([params]) => {
      const { salt, iterations } = params as Pbkdf2Params
      return { salt: new TextDecoder().decode(salt as Uint8Array), iterations }
    })
  } finally {
    deriveBits.mockRestore()
  }
}

/** `count` addresses nobody has, each failed once, kept as the lockout keeps them. */
async function failedStrangers(count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    expect(await hwPasswordLogin(`stranger${index}@example.jp`, 'x')).toEqual(credentialsInvalid(4))
  }
}

describe('the lockout tells nobody who has an account', () => {
  it('does the same work for a wrong password and an unknown address: one PBKDF2 of the same cost', async () => {
    await seedServers()
    // The first unknown address may compute the stand-in hash; no later request does.
    await hwPasswordLogin('first@example.jp', 'x')

    const wrong = [
      await pbkdf2Runs(() => hwPasswordLogin(PERSONA.email, 'wrong1')),
      await pbkdf2Runs(() => hwPasswordLogin(PERSONA.email, 'wrong2')),
    ]
    const unknown = [
      await pbkdf2Runs(() => hwPasswordLogin('nobody@example.jp', 'x')),
      await pbkdf2Runs(() => hwPasswordLogin('someone.else@example.jp', 'Ashita2021')),
    ]

    const accountSalt = hwAccount().password.salt
    expect(wrong).toEqual([
      [{ salt: accountSalt, iterations: expect.any(Number) }],
      [{ salt: accountSalt, iterations: expect.any(Number) }],
    ])
    const iterations = wrong[0]![0]!.iterations
    // One stand-in hash for every unknown address, computed once and verified against each time.
    const standIn = unknown[0]![0]?.salt
    expect(unknown).toEqual([[{ salt: standIn, iterations }], [{ salt: standIn, iterations }]])
  })

  it('keeps a stranger’s lock while 200 other addresses fail, as a real account keeps its own', async () => {
    await seedServers()
    for (let attempt = 0; attempt < 5; attempt++) await hwPasswordLogin('nobody@example.jp', 'x')

    await failedStrangers(200)

    expect(await hwPasswordLogin('nobody@example.jp', 'x')).toEqual(ACCOUNT_LOCKED)
  })

  it('keeps a stranger’s count of failures while 200 other addresses fail', async () => {
    await seedServers()
    for (let attempt = 0; attempt < 3; attempt++) {
      await hwPasswordLogin('nobody@example.jp', 'x')
      await hwPasswordLogin(PERSONA.email, 'wrong')
    }

    await failedStrangers(200)

    expect(await hwPasswordLogin('nobody@example.jp', 'x')).toEqual(credentialsInvalid(1))
    expect(await hwPasswordLogin(PERSONA.email, 'wrong')).toEqual(credentialsInvalid(1))
  })

  it('keeps a stranger’s lock among 10,000 other locked addresses, and bounds what it stores', async () => {
    await seedServers()
    for (let attempt = 0; attempt < 5; attempt++) await hwPasswordLogin('nobody@example.jp', 'x')
    const { lockedUntil } = helloworkDb.read().unknownAddresses[0]!
    // 10,000 more addresses locked as the lockout locks them (40,000 requests would take minutes).
    await helloworkDb.update((data) => {
      for (let index = 0; index < 10_000; index++) {
        data.unknownAddresses.push({ emailHash: randomToken(), failedLogins: 0, lockedUntil })
      }
    })

    await failedStrangers(1)

    expect(await hwPasswordLogin('nobody@example.jp', 'x')).toEqual(ACCOUNT_LOCKED)
    const kept = helloworkDb.read().unknownAddresses
    expect(kept).toHaveLength(10_002)
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(UNKNOWN_ADDRESSES_MAX_CHARS)
  })

  it('over its bound in bytes forgets the oldest counts first, never a lock', async () => {
    await seedServers()
    await helloworkDb.update((data) => {
      data.unknownAddresses.push({ emailHash: 'oldest', failedLogins: 1, lockedUntil: null })
    })
    for (let attempt = 0; attempt < 5; attempt++) await hwPasswordLogin('nobody@example.jp', 'x')
    const entry = { emailHash: randomToken(), failedLogins: 4, lockedUntil: null }
    const filler = Math.ceil(UNKNOWN_ADDRESSES_MAX_CHARS / JSON.stringify(entry).length)
    await helloworkDb.update((data) => {
      for (let index = 0; index < filler; index++) {
        data.unknownAddresses.push({ ...entry, emailHash: randomToken() })
      }
    })

    await failedStrangers(1)

    const kept = helloworkDb.read().unknownAddresses
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(UNKNOWN_ADDRESSES_MAX_CHARS)
    expect(kept.map((a) => a.emailHash)).not.toContain('oldest')
    expect(kept.at(-1)).toEqual({
      emailHash: await sha256('stranger0@example.jp'),
      failedLogins: 1,
      lockedUntil: null,
    })
    expect(await hwPasswordLogin('nobody@example.jp', 'x')).toEqual(ACCOUNT_LOCKED)
  })

  it('forgets a stranger once its lock has passed, and counts it afresh, as a real account', async () => {
    await seedServers()
    for (let attempt = 0; attempt < 5; attempt++) {
      await hwPasswordLogin('nobody@example.jp', 'x')
      await hwPasswordLogin(PERSONA.email, 'wrong')
    }
    await advanceClock(30)

    await failedStrangers(1)

    const hashes = helloworkDb.read().unknownAddresses.map((a) => a.emailHash)
    expect(hashes).not.toContain(await sha256('nobody@example.jp'))
    expect(await hwPasswordLogin('nobody@example.jp', 'x')).toEqual(credentialsInvalid(4))
    expect(await hwPasswordLogin(PERSONA.email, 'wrong')).toEqual(credentialsInvalid(4))
  })
})

describe('POST /login/otp', () => {
  it('refuses a forged CSRF token with 403, leaving the code usable', async () => {
    const { code } = await mailedNotice()
    const before = protectedState()

    expect(await submitOtp(code, 'forged')).toEqual(CSRF_INVALID)

    expectRefusal(before, 'hellowork', 'login.otp', 'csrf_invalid')
    expect(await submitOtp(code)).toEqual(SIGNED_IN)
  })

  it('answers otp_expired when this browser is waiting for no code', async () => {
    await seedServers()
    const before = protectedState()

    expect(await submitOtp('123456')).toEqual(OTP_EXPIRED)

    expectRefusal(before, 'hellowork', 'login.otp', 'otp_expired')
  })

  it.each([
    ['an empty code', '', MESSAGES.otpRequired],
    ['five digits', '12345', MESSAGES.otpFormat],
    ['letters', 'abcdef', MESSAGES.otpFormat],
  ])('refuses %s with 422, counting nothing', async (_, code, message) => {
    await mailedNotice()
    const before = protectedState()

    expect(await submitOtp(code)).toEqual({
      status: 422,
      body: {
        error: {
          code: 'validation',
          message: MESSAGES.validationSummary,
          fields: { code: message },
        },
      },
    })
    expectRefusal(before, 'hellowork', 'login.otp', 'validation')
    expect(hwAccount().failedLogins).toBe(0)
  })

  it('refuses a wrong code with 401 and the tries left; the right code still works', async () => {
    const { code } = await mailedNotice()
    const before = protectedState()

    expect(await submitOtp(otherCode(code))).toEqual(otpInvalid(4))

    expectRefusal(before, 'hellowork', 'login.otp', 'otp_invalid')
    expect(hwAccount().failedLogins).toBe(1)
    expect(await submitOtp(code)).toEqual(SIGNED_IN)
  })

  it('refuses the right code once it expired, and ends it', async () => {
    const { code } = await mailedNotice()
    await advanceClock(5)
    const before = protectedState()

    expect(await submitOtp(code)).toEqual(OTP_EXPIRED)

    expectRefusal(before, 'hellowork', 'login.otp', 'otp_expired')
    expect(helloworkDb.read().otpChallenges).toEqual([])
    expect(cookie('hellowork', 'hw_login_otp')).toBeUndefined()
    expect(hwAccount().failedLogins).toBe(0)
  })

  it('counts wrong codes on the account’s lockout: with two wrong passwords, the third locks', async () => {
    await loadScenario('otp')
    await hwPasswordLogin(PERSONA.email, 'wrong')
    await hwPasswordLogin(PERSONA.email, 'wrong')
    const { code } = ((await hwPasswordLogin()) as Answer<{ otp: OtpMailNotice }>).body.otp
    const before = protectedState()

    expect(await submitOtp(otherCode(code))).toEqual(otpInvalid(2))
    expect(await submitOtp(otherCode(code))).toEqual(otpInvalid(1))
    expect(await submitOtp(otherCode(code))).toEqual(ACCOUNT_LOCKED)

    expectRefusal(before, 'hellowork', 'login.otp', 'account_locked')
    expect(hwAccount().lockedUntil).toBe(Date.parse('2021-09-22T01:30:00Z'))
    // The lock ended the code: even the right one is no good now.
    expect(helloworkDb.read().otpChallenges).toEqual([])
    expect(await submitOtp(code)).toEqual(OTP_EXPIRED)
  })

  it('refuses the right code while the account is locked, changing nothing', async () => {
    const { code } = await mailedNotice()
    const browser = switchToNewBrowser()
    for (let attempt = 0; attempt < 5; attempt++) await hwPasswordLogin(PERSONA.email, 'wrong')
    switchToBrowser(browser)
    const challenges = helloworkDb.read().otpChallenges
    const before = protectedState()

    expect(await submitOtp(code)).toEqual(ACCOUNT_LOCKED)

    expectRefusal(before, 'hellowork', 'login.otp', 'account_locked')
    expect(helloworkDb.read().otpChallenges).toEqual(challenges)
  })

  it('does not accept a code mailed to another browser', async () => {
    const { code } = await mailedNotice()
    switchToNewBrowser()
    const before = protectedState()

    expect(await submitOtp(code)).toEqual(OTP_EXPIRED)

    expectRefusal(before, 'hellowork', 'login.otp', 'otp_expired')
  })

  it('signs in with the right code, which is then used up', async () => {
    const { code } = await mailedNotice()
    await hwPasswordLogin(PERSONA.email, 'wrong')
    const lastLogin = hwAccount().lastLoginAt

    expect(await submitOtp(code)).toEqual(SIGNED_IN)

    const [session] = helloworkDb.read().sessions
    expect(session).toMatchObject({ accountId: 'hw-account-1' })
    expect(cookie('hellowork', 'hw_sid')).toBe(session!.id)
    expect(hwAccount()).toMatchObject({ failedLogins: 0, previousLoginAt: lastLogin })
    expect(helloworkDb.read().otpChallenges).toEqual([])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'login.otp',
      outcome: 'success',
      detail: { accountId: 'hw-account-1' },
    })
    expect(await submitOtp(code)).toEqual(OTP_EXPIRED)
  })

  it('does not ask 属性連携認証 for a code: linking in scenario otp needs the password only', async () => {
    await loadScenario('otp')
    await reachStepFour()

    expect(locationOf(await authenticateLink()).pathname).toBe('/connections/complete')
    expect(helloworkDb.read().otpChallenges).toEqual([])
  })
})
