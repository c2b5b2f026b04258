/**
 * Mynaportal's sign-in through the smartphone app (mocks/mynaportal/handlers/loginRequests.ts):
 * the browser's one-time login request, the app reading and approving it, the browser claiming
 * the session. The PIN typed on the phone counts on the same card lock as the card reader's.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { APP_LOGIN_PREFIX, requestIdFromQr } from '@/contracts/mynaSignIn'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { advanceClock, call, loadScenario, seedServers } from '../../support/protocol'
import { cookie, expectRefusal, mynaUser, protectedState } from '../../support/serverState'

type Issued = { requestId: string; qrText: string; state: string; remainingSeconds: number }

async function issue(method = 'qr', refresh?: boolean): Promise<Issued> {
  const answer = await call<Issued>(`${MYNAPORTAL_API}/login/requests`, {
    body: { method, ...(refresh === undefined ? {} : { refresh }) },
  })
  expect(answer.status).toBe(200)
  return answer.body
}
const read = (id: string) =>
  call<{ phoneToken: string }>(`${MYNAPORTAL_API}/login/requests/${id}/read`, { body: {} })
const approve = (id: string, body: Record<string, unknown>) =>
  call(`${MYNAPORTAL_API}/login/requests/${id}/approve`, { body })
const claim = () => call(`${MYNAPORTAL_API}/login/requests/claim`, { body: {} })
const current = () => call<Issued>(`${MYNAPORTAL_API}/login/requests/current`)
const readerLogin = (pin: string) =>
  call(`${MYNAPORTAL_API}/login`, { body: { cardId: 'card-ashita', pin } })

/** The phone reads the code and holds the card with `pin`. */
async function phoneApproves(id: string, pin = '1234') {
  const { body } = await read(id)
  return approve(id, { phoneToken: body.phoneToken, cardId: 'card-ashita', pin })
}

describe('POST /login/requests → read → approve → claim', () => {
  it('signs the browser in once the phone approved with the right PIN, and only once', async () => {
    await seedServers()
    const request = await issue()
    expect(request).toMatchObject({ state: 'waiting', remainingSeconds: 300 })
    expect(requestIdFromQr(request.qrText)).toBe(request.requestId)
    expect(request.qrText).toBe(APP_LOGIN_PREFIX + request.requestId)

    expect((await phoneApproves(request.requestId)).status).toBe(200)
    expect((await current()).body.state).toBe('approved')

    const signedIn = await claim()
    expect(signedIn).toMatchObject({ status: 200, body: { user: { displayName: '明日 勇気' } } })
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(200)
    expect(cookie('mynaportal', 'myna_sid')).toBeDefined()

    // Spent: the code cannot be read again, nor claimed again.
    const again = await read(request.requestId)
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'login_request_used' } } })
    expect((await claim()).status).toBe(404)
  })

  it('keeps the browser waiting (409) until the phone approved, signing nobody in', async () => {
    await seedServers()
    const request = await issue()
    const before = protectedState()
    const early = await claim()
    expect(early).toEqual({
      status: 409,
      body: { error: { code: 'login_request_pending', message: MESSAGES.loginRequestPending } },
    })
    await read(request.requestId)
    expect((await claim()).status).toBe(409)
    expectRefusal(before, 'mynaportal', 'login.request.claim', 'login_request_pending')
  })

  it('refuses a second phone reading the same code, and its approval', async () => {
    await seedServers()
    const { requestId } = await issue()
    const first = await read(requestId)
    expect(first.status).toBe(200)
    const second = await read(requestId)
    expect(second).toEqual({
      status: 409,
      body: { error: { code: 'login_request_used', message: MESSAGES.loginRequestUsed } },
    })
    const forged = await approve(requestId, {
      phoneToken: 'other',
      cardId: 'card-ashita',
      pin: '1234',
    })
    expect(forged.status).toBe(409)
    expect((await current()).body.state).toBe('read')
  })

  it('refuses a code past its 5 simulated minutes, at the phone and at the browser', async () => {
    await seedServers()
    const { requestId } = await issue()
    await advanceClock(5)
    const late = await read(requestId)
    expect(late).toEqual({
      status: 410,
      body: { error: { code: 'login_request_expired', message: MESSAGES.loginRequestExpired } },
    })
    expect((await current()).body).toMatchObject({ state: 'expired', remainingSeconds: 0 })
    expect((await claim()).status).toBe(410)
  })

  it('lets an approved request lapse if the browser does not claim it in time', async () => {
    await seedServers()
    const { requestId } = await issue()
    expect((await phoneApproves(requestId)).status).toBe(200)
    await advanceClock(6)
    expect(await claim()).toMatchObject({ status: 410 })
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(401)
  })

  it('replaces the browser’s last request when the screen asks again (a reload)', async () => {
    await seedServers()
    const old = await issue()
    const fresh = await issue()
    expect(fresh.requestId).not.toBe(old.requestId)
    const stale = await read(old.requestId)
    expect(stale).toEqual({
      status: 410,
      body: { error: { code: 'login_request_replaced', message: MESSAGES.loginRequestReplaced } },
    })
    expect((await phoneApproves(fresh.requestId)).status).toBe(200)
    expect((await claim()).status).toBe(200)
  })
})

describe('the PIN on the phone and the card lock', () => {
  it('approves only with the right PIN, counting wrong ones on the card', async () => {
    await seedServers()
    const { requestId } = await issue()
    const { body } = await read(requestId)
    const wrong = await approve(requestId, {
      phoneToken: body.phoneToken,
      cardId: 'card-ashita',
      pin: '0000',
    })
    expect(wrong).toEqual({
      status: 401,
      body: { error: { code: 'pin_incorrect', message: MESSAGES.pinIncorrect(2), remaining: 2 } },
    })
    expect(mynaUser().failedPinAttempts).toBe(1)
    expect((await current()).body.state).toBe('read')
    expect((await claim()).status).toBe(409)

    const right = await approve(requestId, {
      phoneToken: body.phoneToken,
      cardId: 'card-ashita',
      pin: '1234',
    })
    expect(right).toEqual({ status: 200, body: { state: 'approved', holderName: '明日 勇気' } })
    expect(mynaUser().failedPinAttempts).toBe(0)
  })

  it('shares the three strikes with the card reader: 2 wrong there, 1 on the phone locks it', async () => {
    await seedServers()
    await readerLogin('0000')
    await readerLogin('0000')
    const { requestId } = await issue()
    const third = await phoneApproves(requestId, '9999')
    expect(third).toEqual({
      status: 423,
      body: { error: { code: 'pin_locked', message: MESSAGES.pinLocked } },
    })
    expect(mynaUser()).toMatchObject({ pinLocked: true, failedPinAttempts: 3 })
    expect((await readerLogin('1234')).status).toBe(423)
  })

  it('refuses the phone while the scenario pin-locked holds the card, even with the right PIN', async () => {
    await loadScenario('pin-locked')
    const { requestId } = await issue()
    expect((await phoneApproves(requestId)).status).toBe(423)
    expect((await claim()).status).toBe(409)
  })
})

describe('the card on the phone (スマホ用電子証明書)', () => {
  it('approves with the biometric check instead of the PIN', async () => {
    await seedServers()
    const { requestId } = await issue('phone-card')
    const { body } = await read(requestId)
    const without = await approve(requestId, { phoneToken: body.phoneToken, cardId: 'card-ashita' })
    expect(without).toMatchObject({ status: 422, body: { error: { code: 'validation' } } })
    const approved = await approve(requestId, {
      phoneToken: body.phoneToken,
      cardId: 'card-ashita',
      biometric: true,
    })
    expect(approved.status).toBe(200)
    expect((await claim()).status).toBe(200)
  })

  it('refuses an expired smartphone certificate with 403 and what to do', async () => {
    await loadScenario('phone-certificate-expired')
    const { requestId } = await issue('phone-card')
    const { body } = await read(requestId)
    const before = protectedState()
    const answer = await approve(requestId, {
      phoneToken: body.phoneToken,
      cardId: 'card-ashita',
      biometric: true,
    })
    expect(answer).toEqual({
      status: 403,
      body: { error: { code: 'certificate_expired', message: MESSAGES.certificateExpired } },
    })
    expectRefusal(before, 'mynaportal', 'login.request.approve', 'certificate_expired')
  })
})

describe('the situations of the sign-in on the phone', () => {
  it('card-not-detected: the first touch reads nothing and counts no PIN; the next one signs in', async () => {
    await loadScenario('card-not-detected')
    const { requestId } = await issue()
    const { body } = await read(requestId)
    const touch = { phoneToken: body.phoneToken, cardId: 'card-ashita', pin: '1234' }
    expect(await approve(requestId, touch)).toEqual({
      status: 422,
      body: { error: { code: 'card_not_detected', message: MESSAGES.cardNotDetected } },
    })
    expect(mynaUser().failedPinAttempts).toBe(0)
    expect((await approve(requestId, touch)).status).toBe(200)
  })

  it('qr-expired: the code first shown has lapsed; 「コードを更新」 gives one that works', async () => {
    await loadScenario('qr-expired')
    const first = await issue()
    expect(first).toMatchObject({ state: 'expired', remainingSeconds: 0 })
    expect((await read(first.requestId)).status).toBe(410)
    const renewed = await issue('qr', true)
    expect(renewed).toMatchObject({ state: 'waiting', remainingSeconds: 300 })
    expect((await phoneApproves(renewed.requestId)).status).toBe(200)
  })
})

describe('bad input is a 4xx that changes nothing', () => {
  it.each([
    ['an unknown method', { method: 'reader' }],
    ['no method', {}],
    ['a number', { method: 7 }],
    ['refresh as text', { method: 'qr', refresh: 'yes' }],
  ])('refuses a request for %s with 400', async (_name, body) => {
    await seedServers()
    const answer = await call(`${MYNAPORTAL_API}/login/requests`, { body })
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } })
  })

  it.each(['', '12', '12345', 'abcd', '１２３４'])(
    'refuses the PIN %j with 422, counting nothing',
    async (pin) => {
      await seedServers()
      const { requestId } = await issue()
      const { body } = await read(requestId)
      const answer = await approve(requestId, {
        phoneToken: body.phoneToken,
        cardId: 'card-ashita',
        pin,
      })
      expect(answer).toMatchObject({
        status: 422,
        body: { error: { fields: { pin: MESSAGES.pinFormat } } },
      })
      expect(mynaUser().failedPinAttempts).toBe(0)
    },
  )

  it('refuses an unknown card with 404 and an unknown code with 404', async () => {
    await seedServers()
    const { requestId } = await issue()
    const { body } = await read(requestId)
    const card = await approve(requestId, {
      phoneToken: body.phoneToken,
      cardId: 'nobody',
      pin: '1234',
    })
    expect(card).toMatchObject({ status: 404, body: { error: { code: 'card_unknown' } } })
    for (const id of ['constructor', '__proto__', 'x'.repeat(300)]) {
      const unknown = await read(id)
      expect(unknown).toEqual({
        status: 404,
        body: { error: { code: 'not_found', message: MESSAGES.loginRequestUnknown } },
      })
    }
  })

  it('answers 404 to a browser that asked for no request', async () => {
    await seedServers()
    expect((await current()).status).toBe(404)
    expect((await claim()).status).toBe(404)
  })

  it('refuses bodies that are not JSON objects with 400', async () => {
    await seedServers()
    const { requestId } = await issue()
    for (const body of [null, [], 'x', 3]) {
      expect(
        (await call(`${MYNAPORTAL_API}/login/requests/${requestId}/read`, { body })).status,
      ).toBe(400)
      expect((await approve(requestId, body as never)).status).toBe(400)
    }
  })
})
