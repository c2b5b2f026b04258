/**
 * Sessions end at both sites (mocks/shared/sessionLifetime.ts): 30 simulated minutes after the
 * last request they authenticated and the server accepted, and 3 hours after sign-in at most.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_API, MYNAPORTAL_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import {
  advanceClock,
  authenticateLink,
  call,
  hwPasswordLogin,
  linkThroughProtocol,
  mynaCsrf,
  mynaLogin,
  reachStepFour,
  seedServers,
} from '../support/protocol'

const EXPIRED = {
  status: 401,
  body: { error: { code: 'session_expired', message: MESSAGES.sessionExpired } },
}
const UNAUTHENTICATED = {
  status: 401,
  body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
}
const mynaSession = () => call(`${MYNAPORTAL_API}/session`)
const hwSession = () => call(`${HELLOWORK_API}/session`)

describe('Mynaportal’s session', () => {
  it('ends after 30 idle minutes: session_expired once, then signed out, its data gone', async () => {
    await mynaLogin()
    await advanceClock(29)
    expect((await mynaSession()).status).toBe(200)
    await advanceClock(30)

    expect(await mynaSession()).toEqual(EXPIRED)
    expect(mynaportalDb.read().sessions).toEqual([])
    expect(await mynaSession()).toEqual(UNAUTHENTICATED)
  })

  it('renews its idle time with each accepted request, but not past 3 hours after sign-in', async () => {
    await mynaLogin()
    for (let step = 0; step < 6; step++) {
      await advanceClock(29)
      expect((await mynaSession()).status).toBe(200)
    }
    await advanceClock(6)
    expect(await mynaSession()).toEqual(EXPIRED)
  })

  it('refuses やめる after a long idle with session_expired, changing no connection', async () => {
    const { csrfToken } = await linkThroughProtocol()
    const connections = mynaportalDb.read().connections
    await advanceClock(31)

    const answer = await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, {
      body: { csrfToken },
    })

    expect(answer).toEqual(EXPIRED)
    expect(mynaportalDb.read().connections).toEqual(connections)
    expect(helloworkDb.read().links).toHaveLength(1)
    // Signing in again, やめる goes through.
    const fresh = await mynaLogin()
    const stopped = await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, {
      body: { csrfToken: fresh },
    })
    expect(stopped.status).toBe(200)
  })

  it('does not renew on a refused request', async () => {
    await mynaLogin()
    await advanceClock(20)
    const forged = await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken: 'forged' } })
    expect(forged.status).toBe(403)
    await advanceClock(11)
    expect(await mynaSession()).toEqual(EXPIRED)
  })

  it('reads a session stored without lastSeenAt from its sign-in time', async () => {
    await mynaLogin()
    await mynaportalDb.update((data) => {
      for (const session of data.sessions) delete session.lastSeenAt
    })
    expect((await mynaSession()).status).toBe(200)
    await advanceClock(31)
    expect(await mynaSession()).toEqual(EXPIRED)
  })
})

describe('Hello Work’s session', () => {
  it('ends after 30 idle minutes and renews with each accepted request', async () => {
    await seedServers()
    expect((await hwPasswordLogin()).status).toBe(200)
    await advanceClock(25)
    expect((await call(`${HELLOWORK_API}/mypage/home`)).status).toBe(200)
    await advanceClock(25)
    expect((await hwSession()).status).toBe(200)
    await advanceClock(30)

    expect(await hwSession()).toEqual(EXPIRED)
    expect(helloworkDb.read().sessions).toEqual([])
    expect(await hwSession()).toEqual(UNAUTHENTICATED)
  })

  it('ends 3 hours after sign-in however busy, and a session without lastSeenAt still works', async () => {
    await seedServers()
    await hwPasswordLogin()
    await helloworkDb.update((data) => {
      for (const session of data.sessions) delete session.lastSeenAt
    })
    for (let step = 0; step < 6; step++) {
      await advanceClock(29)
      expect((await hwSession()).status).toBe(200)
    }
    await advanceClock(6)
    expect(await hwSession()).toEqual(EXPIRED)
  })

  it('at ④ after a long idle asks to sign in again, and nothing is linked', async () => {
    await reachStepFour()
    await advanceClock(31)

    expect(await call(`${HELLOWORK_API}/link/transaction`)).toEqual(EXPIRED)
    expect(await authenticateLink()).toEqual(EXPIRED)
    expect(helloworkDb.read().links).toEqual([])
    // Mynaportal's session lapsed too: もっとつながる asks for the card again.
    expect(await mynaSession()).toEqual(EXPIRED)
    await mynaLogin()
    expect(await mynaCsrf()).toBeTruthy()
  })
})
