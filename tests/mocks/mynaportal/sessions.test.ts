/**
 * Mynaportal's sign-in with the simulated My Number Card (mocks/mynaportal/handlers/sessions.ts):
 * GET /login/cards, POST /login, GET /session, POST /logout.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { call, clientRequest, loadScenario, mynaLogin, seedServers } from '../../support/protocol'
import {
  cookie,
  expectRefusal,
  lastAudit,
  mynaUser,
  protectedState,
} from '../../support/serverState'

const login = (pin: string, cardId = 'card-ashita') =>
  call(`${MYNAPORTAL_API}/login`, { body: { cardId, pin } })

describe('GET /login/cards', () => {
  it('lists the cards the simulated reader can read, with their practice PINs as hints', async () => {
    const answer = await call(`${MYNAPORTAL_API}/login/cards`)
    expect(answer).toEqual({
      status: 200,
      body: {
        cards: [
          { id: 'card-ashita', holderName: '明日 勇気', practicePin: '1234' },
          { id: 'card-yamada', holderName: '山田 花子', practicePin: '5678' },
        ],
      },
    })
  })
})

describe('POST /login', () => {
  it.each(['', '123', '12345', '12a4', '１２３４'])(
    'refuses the PIN %j with 422 and the field message, counting nothing',
    async (pin) => {
      await seedServers()
      const before = protectedState()

      const answer = await login(pin)

      expect(answer).toEqual({
        status: 422,
        body: {
          error: {
            code: 'validation',
            message: MESSAGES.validationSummary,
            fields: { pin: MESSAGES.pinFormat },
          },
        },
      })
      expect(protectedState()).toEqual(before)
      expect(mynaUser().failedPinAttempts).toBe(0)
      expect(lastAudit('mynaportal')).toMatchObject({
        type: 'login',
        outcome: 'failure',
        code: 'validation',
      })
    },
  )

  it('answers 400 to a body that is not a JSON object', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await call(`${MYNAPORTAL_API}/login`, { body: ['card-ashita', '1234'] })

    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: MESSAGES.invalidRequest } },
    })
    expectRefusal(before, 'mynaportal', 'login', 'invalid_request')
  })

  it('refuses a card it does not know with 404 card_unknown, signing nobody in', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await login('1234', 'card-nobody')
    expect(answer).toEqual({
      status: 404,
      body: { error: { code: 'card_unknown', message: MESSAGES.cardUnknown } },
    })
    expectRefusal(before, 'mynaportal', 'login', 'card_unknown')
    expect(cookie('mynaportal', 'myna_sid')).toBeUndefined()
  })

  it('refuses a wrong PIN with 401 and the tries left: 2, then 1', async () => {
    await seedServers()
    const before = protectedState()

    const first = await login('0000')
    expect(first).toEqual({
      status: 401,
      body: { error: { code: 'pin_incorrect', message: MESSAGES.pinIncorrect(2), remaining: 2 } },
    })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'login',
      outcome: 'failure',
      code: 'pin_incorrect',
      detail: { userId: 'myna-user-1' },
    })

    const second = await login('0000')
    expect(second).toEqual({
      status: 401,
      body: { error: { code: 'pin_incorrect', message: MESSAGES.pinIncorrect(1), remaining: 1 } },
    })
    expect(second.body).toMatchObject({
      error: { message: '暗証番号が正しくありません。残り1回です。' },
    })
    expect(protectedState()).toEqual(before)
    expect(mynaUser().failedPinAttempts).toBe(2)
  })

  it('locks the card with 423 on the third wrong PIN in a row', async () => {
    await login('0000')
    await login('0000')
    const before = protectedState()

    const third = await login('0000')

    expect(third).toEqual({
      status: 423,
      body: { error: { code: 'pin_locked', message: MESSAGES.pinLocked } },
    })
    expect(mynaUser()).toMatchObject({ pinLocked: true, failedPinAttempts: 3 })
    expectRefusal(before, 'mynaportal', 'login', 'pin_locked')
  })

  it('refuses even the right PIN once the card is locked', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await login('0000')
    const before = protectedState()

    const answer = await login('1234')

    expect(answer).toEqual({
      status: 423,
      body: { error: { code: 'pin_locked', message: MESSAGES.pinLocked } },
    })
    expectRefusal(before, 'mynaportal', 'login', 'pin_locked')
    expect(mynaUser().failedPinAttempts).toBe(3)
  })

  it('locks one card only: the other card still signs in', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await login('0000')
    expect((await login('5678', 'card-yamada')).status).toBe(200)
  })

  it('resets the count of wrong PINs after a successful sign-in', async () => {
    await login('0000')
    await login('0000')
    expect((await login('1234')).status).toBe(200)
    expect(mynaUser().failedPinAttempts).toBe(0)

    const next = await login('0000')
    expect(next.body).toMatchObject({ error: { code: 'pin_incorrect', remaining: 2 } })
  })

  it('signs in with the right PIN, giving the user, a CSRF token and a session cookie', async () => {
    const answer = await login('1234')

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      user: { displayName: '明日 勇気' },
      csrfToken: expect.any(String),
    })
    const sessions = mynaportalDb.read().sessions
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({
      id: cookie('mynaportal', 'myna_sid'),
      userId: 'myna-user-1',
      csrfToken: (answer.body as { csrfToken: string }).csrfToken,
    })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'login',
      outcome: 'success',
      detail: { userId: 'myna-user-1' },
    })
  })

  it('gives a new session id on every sign-in and ends the previous session', async () => {
    const firstCsrf = await mynaLogin()
    const firstId = cookie('mynaportal', 'myna_sid')

    const secondCsrf = await mynaLogin('card-yamada', '5678')
    const secondId = cookie('mynaportal', 'myna_sid')

    expect(secondId).not.toBe(firstId)
    expect(secondCsrf).not.toBe(firstCsrf)
    expect(protectedState().mynaportalSessions).toEqual([{ id: secondId, userId: 'myna-user-2' }])
  })

  it('refuses to sign in while the scenario pin-locked holds the card locked', async () => {
    await loadScenario('pin-locked')
    const before = protectedState()

    const answer = await login('1234')

    expect(answer.status).toBe(423)
    expect(answer.body).toMatchObject({ error: { code: 'pin_locked' } })
    expectRefusal(before, 'mynaportal', 'login', 'pin_locked')
  })
})

describe('GET /session', () => {
  it('answers 401 without a session', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await call(`${MYNAPORTAL_API}/session`)

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
    })
    expectRefusal(before, 'mynaportal', 'session.read', 'unauthenticated')
  })

  it('answers 401 to a session that holds only an authorization request, not a user', async () => {
    const request = await clientRequest()
    await call(`${MYNAPORTAL_API}/authorize${request.search}`)
    expect(protectedState().mynaportalSessions).toEqual([
      { id: cookie('mynaportal', 'myna_sid'), userId: null },
    ])
    const before = protectedState()

    const answer = await call(`${MYNAPORTAL_API}/session`)

    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ error: { code: 'unauthenticated' } })
    expectRefusal(before, 'mynaportal', 'session.read', 'unauthenticated')
  })

  it('names the signed-in user and gives the session’s CSRF token', async () => {
    const csrfToken = await mynaLogin()
    const answer = await call(`${MYNAPORTAL_API}/session`)
    expect(answer).toEqual({ status: 200, body: { user: { displayName: '明日 勇気' }, csrfToken } })
  })
})

describe('POST /logout', () => {
  it('answers 401 without a session', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken: 'x' } })

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
    })
    expectRefusal(before, 'mynaportal', 'logout', 'unauthenticated')
  })

  it('requires the session’s CSRF token (403), keeping the session', async () => {
    await mynaLogin()
    const before = protectedState()

    const answer = await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken: 'forged' } })

    expect(answer).toEqual({
      status: 403,
      body: { error: { code: 'csrf_invalid', message: MESSAGES.csrfInvalid } },
    })
    expectRefusal(before, 'mynaportal', 'logout', 'csrf_invalid')
  })

  it('ends the session and forgets the cookie (204)', async () => {
    const csrfToken = await mynaLogin()

    const answer = await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken } })

    expect(answer).toEqual({ status: 204, body: null })
    expect(protectedState().mynaportalSessions).toEqual([])
    expect(cookie('mynaportal', 'myna_sid')).toBeUndefined()
    expect(lastAudit('mynaportal')).toMatchObject({ type: 'logout', outcome: 'success' })
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(401)
  })
})
