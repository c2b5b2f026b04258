/**
 * The cases where the flow must stop cleanly, end to end through both mock servers: each ends with a
 * clear message (its code and text) and nothing changed that should not have.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { ConnectionListBody, PendingAuthorizationBody } from '@/contracts/mynaportal'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API, type SiteKey } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { PERSONA } from '@mocks/scenarios'
import {
  advanceClock,
  authenticateLink,
  authorize,
  call,
  callback,
  complete,
  decide,
  errorCode,
  hwPasswordLogin,
  initiate,
  injectFault,
  linkCsrf,
  linkThroughProtocol,
  loadScenario,
  locationOf,
  mynaLogin,
  pressConnect,
  reachStepFive,
  reachStepFour,
  startLink,
  startSso,
  submitLink,
  type Answer,
} from '../support/protocol'
import {
  everything,
  expectRefusal,
  helloworkConnections,
  lastAudit,
  newestTransaction,
  protectedState,
  serverState,
  subjectOf,
  switchToNewBrowser,
} from '../support/serverState'

const ACCOUNT_LOCKED = {
  status: 423,
  body: { error: { code: 'account_locked', message: MESSAGES.accountLocked } },
}
const FLOW_INVALID = {
  status: 400,
  body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
}

/** Two tabs of one browser press つなぐ before either finishes and both reach ④: their CSRF tokens. */
async function twoTabsAtStepFour() {
  const csrfToken = await mynaLogin()
  const initiationA = await pressConnect(csrfToken)
  const initiationB = await pressConnect(csrfToken)
  await authorize(await initiate(initiationA))
  locationOf(await callback(await decide('allow')))
  const tabA = await linkCsrf()
  await authorize(await initiate(initiationB))
  locationOf(await callback(await decide('allow')))
  return { csrfToken, tabA, tabB: await linkCsrf() }
}

/** Nobody linked, nothing granted: the state a refused flow must leave. */
function expectNothingLinked(): void {
  expect(helloworkDb.read().links).toEqual([])
  expect(helloworkConnections()).toEqual([])
}

describe('同意しない, or leaving the flow', () => {
  it('同意しない at ③ sends the user back to もっとつながる with no link and no grant', async () => {
    await startLink(await mynaLogin())
    const response = await decide('deny')

    const answer = await callback(response)

    expect(answer).toEqual({
      status: 200,
      body: { location: 'https://mynaportal.example/connections' },
    })
    expectNothingLinked()
    expect(mynaportalDb.read().codes).toEqual([])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      detail: { error: 'access_denied' },
    })
    expect((await call(`${HELLOWORK_API}/link/transaction`)).status).toBe(400)
  })

  it('closing the tab at ④ and coming back after ten minutes finds the flow expired, nothing linked', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()

    await advanceClock(11)
    const before = protectedState()

    expect(await call(`${HELLOWORK_API}/link/transaction`)).toEqual(FLOW_INVALID)
    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'flow_invalid')
    expectNothingLinked()
    expect(protectedState().helloworkSessions).toEqual([])
  })

  it('coming back to ④ within ten minutes resumes the flow', async () => {
    await reachStepFour()
    await advanceClock(9)
    expect((await authenticateLink()).status).toBe(200)
  })
})

describe('wrong credentials and the lockout', () => {
  it('answers a wrong password and an unknown e-mail with the same status and message', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    const wrongPassword = await submitLink(csrfToken, 'yuki.ashita@example.jp', 'nope')
    const unknownEmail = await submitLink(csrfToken, 'nobody@example.jp', 'Ashita2021')
    expect(wrongPassword).toEqual(unknownEmail)
    expect(wrongPassword.body).toEqual({
      error: {
        code: 'credentials_invalid',
        message: MESSAGES.credentialsIncorrect(4),
        remaining: 4,
      },
    })
  })

  it('counts failures across a restarted flow and a new tab: the fifth locks the account', async () => {
    const { csrfToken: mynaCsrfToken } = await reachStepFour()
    const firstTab = await linkCsrf()
    for (let attempt = 0; attempt < 2; attempt++)
      await submitLink(firstTab, 'yuki.ashita@example.jp', 'x')

    // The flow restarted from Mynaportal in a new tab of the same browser.
    await authorize(await initiate(await pressConnect(mynaCsrfToken)))
    locationOf(await callback(await decide('allow')))
    const secondTab = await linkCsrf()
    expect(secondTab).not.toBe(firstTab)
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await submitLink(secondTab, 'yuki.ashita@example.jp', 'x')).status).toBe(401)
    }

    const before = protectedState()
    const fifth = await submitLink(firstTab, 'yuki.ashita@example.jp', 'x')
    expect(fifth).toEqual({
      status: 423,
      body: { error: { code: 'account_locked', message: MESSAGES.accountLocked } },
    })
    expect((await submitLink(secondTab)).status).toBe(423)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'account_locked')
    expectNothingLinked()
  })

  it('counts ④ and Hello Work’s own ログイン together: the fifth failure locks both', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    for (let attempt = 0; attempt < 3; attempt++) await submitLink(csrfToken, PERSONA.email, 'x')
    expect(await hwPasswordLogin(PERSONA.email, 'x')).toMatchObject({
      status: 401,
      body: { error: { code: 'credentials_invalid', remaining: 1 } },
    })

    const before = protectedState()
    expect(await hwPasswordLogin(PERSONA.email, 'x')).toEqual(ACCOUNT_LOCKED)
    expectRefusal(before, 'hellowork', 'login', 'account_locked')

    // Now the right password is refused on both screens, and nobody is signed in or linked.
    expect(await hwPasswordLogin()).toEqual(ACCOUNT_LOCKED)
    expect(await submitLink(csrfToken)).toEqual(ACCOUNT_LOCKED)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'account_locked')
    expect(helloworkDb.read().sessions).toEqual([])
    expectNothingLinked()
  })
})

describe('someone is linked already', () => {
  it('refuses an account linked to another Mynaportal user, keeping that link and grant', async () => {
    await loadScenario('linked-elsewhere')
    await reachStepFour()
    const before = protectedState()

    const answer = await authenticateLink()

    expect(answer).toEqual({
      status: 409,
      body: { error: { code: 'linked_elsewhere', message: MESSAGES.linkedElsewhere } },
    })
    expectRefusal(before, 'hellowork', 'link.authenticate', 'linked_elsewhere')
    expect(helloworkDb.read().links).toEqual([
      expect.objectContaining({ sub: subjectOf('card-yamada') }),
    ])
    expect(helloworkConnections()).toEqual([expect.objectContaining({ userId: 'myna-user-2' })])
  })

  it('does not offer つなぐ to a connected user and refuses a forced one, still one link', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    const list = await call<ConnectionListBody>(`${MYNAPORTAL_API}/connections`)
    expect(list.body.notConnected.map((site) => site.id)).not.toContain('hellowork')

    const forcedStart = await call(`${MYNAPORTAL_API}/connections/hellowork/start`, {
      body: { csrfToken },
    })
    expect(forcedStart.body).toEqual({
      error: { code: 'already_connected', message: MESSAGES.alreadyConnected },
    })

    // Forced past Mynaportal, straight to Hello Work's initiation with the link target.
    const initiation = new URL('https://hellowork.example/auth/initiate')
    initiation.search = `iss=${encodeURIComponent('https://mynaportal.example')}&target_link_uri=${encodeURIComponent('https://hellowork.example/link')}`
    await authorize(await initiate(initiation))
    locationOf(await callback(await decide('allow')))
    const before = protectedState()

    expect(errorCode(await authenticateLink())).toBe('already_connected')
    expectRefusal(before, 'hellowork', 'link.authenticate', 'already_connected')
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkConnections()).toHaveLength(1)
  })
})

describe('reloads and the back button', () => {
  it('reloading every screen of the link flow resumes it and leaves no duplicate records', async () => {
    const csrfToken = await mynaLogin()
    await call(`${MYNAPORTAL_API}/connections`)
    const initiation = await pressConnect(csrfToken)
    await initiate(initiation) // the initiation screen, then reloaded:
    const authorizeUrl = await initiate(initiation)
    expect((await authorize(authorizeUrl)).pathname).toBe('/connections/consent')
    await authorize(authorizeUrl) // 同意確認 reloaded
    const shown = await call<PendingAuthorizationBody>(`${MYNAPORTAL_API}/authorize/pending`)
    const reloaded = await call<PendingAuthorizationBody>(`${MYNAPORTAL_API}/authorize/pending`)
    expect(reloaded.body.requestId).toBe(shown.body.requestId)
    const response = await decide('allow')
    expect(locationOf(await callback(response)).pathname).toBe('/link/authenticate')
    // The callback screen replaced its URL; sent again, it is refused, and ④ carries on.
    expect(await callback(response)).toEqual(FLOW_INVALID)
    const linkToken = await linkCsrf()
    expect(await linkCsrf()).toBe(linkToken) // ④ reloaded
    const completion = locationOf(await submitLink(linkToken))
    const done = await complete(completion, csrfToken)
    expect(done.status).toBe(200)
    expect(await call(`${MYNAPORTAL_API}/connections/complete`)).toEqual(done) // ⑤ reloaded

    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkConnections()).toHaveLength(1)
    expect(helloworkDb.read().tickets).toHaveLength(1)
    expect(protectedState().helloworkSessions).toHaveLength(1)
    expect(protectedState().mynaportalSessions).toHaveLength(1)
  })

  it('submitting ④ again after ⑤ (the back button) answers "expired", still exactly one link', async () => {
    const { csrfToken: mynaCsrfToken } = await reachStepFour()
    const linkToken = await linkCsrf()
    await complete(locationOf(await submitLink(linkToken)), mynaCsrfToken)
    const after = serverState()

    expect(await submitLink(linkToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(after)
    expectRefusal(after, 'hellowork', 'link.authenticate', 'flow_invalid')
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkConnections()).toHaveLength(1)
  })
})

describe('a link left half-done: ⑤ never succeeded', () => {
  /** ② to ⑤ again in the same Mynaportal session, as もっとつながる's つなぐ does. */
  async function connectAgain(csrfToken: string): Promise<Answer> {
    await startLink(csrfToken)
    locationOf(await callback(await decide('allow')))
    const fourth = await authenticateLink()
    expect([fourth.status, errorCode(fourth)]).toEqual([200, undefined])
    return complete(locationOf(fourth), csrfToken)
  }

  /** Both servers agree the persona is connected: one active link, one connection. */
  function expectConnectedAtBoth(): void {
    expect(helloworkDb.read().links).toEqual([
      expect.objectContaining({ accountId: 'hw-account-1', sub: subjectOf() }),
    ])
    expect(helloworkDb.read().links[0]!.pending).toBeUndefined()
    expect(helloworkConnections()).toEqual([expect.objectContaining({ userId: 'myna-user-1' })])
  }

  const profileLink = async () =>
    (await call<{ mynaportalLink: { status: string } }>(`${HELLOWORK_API}/mypage/profile`)).body
      .mynaportalLink.status

  it('the tab closed before ⑤: Hello Work shows no link, and つなぐ again links at once', async () => {
    const { csrfToken, completion } = await reachStepFive()
    // ④ signed the browser in to Hello Work, yet the link waits for Mynaportal.
    expect(await profileLink()).toBe('unlinked')

    expect((await connectAgain(csrfToken)).status).toBe(200)

    expectConnectedAtBoth()
    expect(await profileLink()).toBe('linked')
    // The closed tab's ticket no longer makes anything: the newer ④ replaced its link.
    const stale = await complete(completion, csrfToken)
    expect(stale).toEqual({
      status: 409,
      body: { error: { code: 'link_superseded', message: MESSAGES.linkSuperseded } },
    })
    expectConnectedAtBoth()
  })

  it.each([
    ['mynaportal', '/connections/complete'],
    ['hellowork', '/link/tickets/redeem'],
  ] as const)(
    'a failure injected at ⑤ (%s %s), then つなぐ instead of 再試行, links once',
    async (site, endpoint) => {
      const { csrfToken, completion } = await reachStepFive()
      await injectFault(site, 'error', [endpoint])
      expect((await complete(completion, csrfToken)).status).toBeGreaterThanOrEqual(500)
      await injectFault(site, 'none')
      expect(helloworkConnections()).toEqual([])
      expect(await profileLink()).toBe('unlinked')

      expect((await connectAgain(csrfToken)).status).toBe(200)

      expectConnectedAtBoth()
    },
  )

  it('the ticket expired: ⑤ is refused, the link lapses with it, and つなぐ again links', async () => {
    const { csrfToken, completion } = await reachStepFive()
    await advanceClock(6)

    expect(await complete(completion, csrfToken)).toEqual(FLOW_INVALID)
    expect(helloworkConnections()).toEqual([])
    expect(await profileLink()).toBe('unlinked')

    expect((await connectAgain(csrfToken)).status).toBe(200)
    expectConnectedAtBoth()
    expect(helloworkDb.read().tickets).toHaveLength(1)
  })

  it('single sign-on does not accept a link that waits for ⑤', async () => {
    const { csrfToken } = await reachStepFive()
    // Mynaportal made to believe it is connected (the console's data editor): still nobody is
    // signed in to the account by a link Mynaportal never confirmed.
    await call(`${SIMULATOR_API}/data`, {
      body: { kind: 'connection', userId: 'myna-user-1', connected: true },
    })

    const answer = await callback(await startSso(csrfToken))

    expect(locationOf(answer).pathname).toBe('/link/mismatch')
    expect(answer.body).not.toHaveProperty('session')
  })
})

describe('screens opened directly, tampered or replayed', () => {
  /** The flow reached some point (setup); then the screen sends the refused request. */
  type Attempt = [string, () => Promise<() => Promise<Answer>>, number, SiteKey, string]

  const authorizationResponse = async () => {
    await startLink(await mynaLogin())
    return decide('allow')
  }

  const attempts: Attempt[] = [
    [
      '同意確認 with nothing pending',
      async () => {
        await mynaLogin()
        return () => call(`${MYNAPORTAL_API}/authorize/pending`)
      },
      404,
      'mynaportal',
      'authorize.pending',
    ],
    [
      'the callback with nothing in it',
      async () => {
        await authorizationResponse()
        return () => callback(new URL('https://hellowork.example/auth/callback'))
      },
      400,
      'hellowork',
      'auth.callback',
    ],
    [
      'the callback with a tampered state',
      async () => {
        const response = await authorizationResponse()
        response.searchParams.set('state', 'tampered-state-value-xxxxxx')
        return () => callback(response)
      },
      400,
      'hellowork',
      'auth.callback',
    ],
    [
      'the callback with a tampered code',
      async () => {
        const response = await authorizationResponse()
        response.searchParams.set('code', 'tampered-code')
        return () => callback(response)
      },
      400,
      'hellowork',
      'auth.callback',
    ],
    [
      'a replayed link callback',
      async () => {
        const response = await authorizationResponse()
        await callback(response)
        return () => callback(response)
      },
      400,
      'hellowork',
      'auth.callback',
    ],
    [
      'a replayed single sign-on callback, after signing out of Hello Work',
      async () => {
        await loadScenario('linked')
        const response = await startSso(await mynaLogin())
        await callback(response)
        await call(`${HELLOWORK_API}/logout`, {
          body: { csrfToken: helloworkDb.read().sessions[0]!.csrfToken },
        })
        return () => callback(response)
      },
      400,
      'hellowork',
      'auth.callback',
    ],
    [
      '④ with no transaction',
      async () => {
        await mynaLogin()
        return () => call(`${HELLOWORK_API}/link/transaction`)
      },
      400,
      'hellowork',
      'link.transaction.read',
    ],
    [
      '④ sent with no transaction',
      async () => {
        await mynaLogin()
        return () => submitLink('')
      },
      400,
      'hellowork',
      'link.authenticate',
    ],
    [
      '⑤ with no ticket',
      async () => {
        const csrfToken = await mynaLogin()
        return () => complete(new URL('https://mynaportal.example/connections/complete'), csrfToken)
      },
      400,
      'mynaportal',
      'connection.complete',
    ],
    [
      '⑤ with a tampered ticket',
      async () => {
        const { csrfToken, completion } = await reachStepFive()
        completion.searchParams.set('ticket', `${completion.searchParams.get('ticket')}x`)
        return () => complete(completion, csrfToken)
      },
      400,
      'mynaportal',
      'connection.complete',
    ],
    [
      '⑤ with a replayed ticket',
      async () => {
        const { csrfToken, completion } = await reachStepFive()
        await complete(completion, csrfToken)
        return () => complete(completion, csrfToken)
      },
      400,
      'mynaportal',
      'connection.complete',
    ],
    [
      '⑤ reloaded in a session that saw no completion',
      async () => {
        await loadScenario('linked')
        await mynaLogin()
        return () => call(`${MYNAPORTAL_API}/connections/complete`)
      },
      404,
      'mynaportal',
      'connection.complete.read',
    ],
  ]

  it.each(attempts)(
    'refuses %s with "expired", logging nobody in and linking nothing',
    async (_, setup, status, server, event) => {
      const request = await setup()
      const before = protectedState()

      const answer = await request()

      expect(answer).toEqual({
        status,
        body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
      })
      expectRefusal(before, server, event, 'flow_invalid')
    },
  )
})

describe('another Mynaportal user signs in mid-flow (another tab)', () => {
  const moments: [string, () => Promise<Answer>, number, string, SiteKey, string][] = [
    [
      'at 同意確認',
      async () => {
        const csrfToken = await mynaLogin()
        await startLink(csrfToken)
        const shown = await call<PendingAuthorizationBody>(`${MYNAPORTAL_API}/authorize/pending`)
        await mynaLogin('card-yamada', '5678')
        return call(`${MYNAPORTAL_API}/authorize/decision`, {
          body: { decision: 'allow', requestId: shown.body.requestId, csrfToken },
        })
      },
      403,
      'csrf_invalid',
      'mynaportal',
      'authorize.decision',
    ],
    [
      'before the callback',
      async () => {
        await startLink(await mynaLogin())
        const response = await decide('allow')
        await mynaLogin('card-yamada', '5678')
        return callback(response)
      },
      400,
      'flow_invalid',
      'hellowork',
      'auth.callback',
    ],
    [
      'before ④',
      async () => {
        await reachStepFour()
        await mynaLogin('card-yamada', '5678')
        return authenticateLink()
      },
      400,
      'flow_invalid',
      'hellowork',
      'link.authenticate',
    ],
    [
      'before ⑤',
      async () => {
        const { completion } = await reachStepFive()
        return complete(completion, await mynaLogin('card-yamada', '5678'))
      },
      400,
      'flow_invalid',
      'mynaportal',
      'connection.complete',
    ],
  ]

  it.each(moments)(
    '%s: the flow aborts and nobody is linked',
    async (_, flow, status, code, server, event) => {
      const answer = await flow()

      expect(answer.status).toBe(status)
      expect(errorCode(answer)).toBe(code)
      expect(lastAudit(server)).toMatchObject({ type: event, outcome: 'failure', code })
      expectNothingLinked()
      expect(mynaportalDb.read().connections).toEqual([expect.objectContaining({ siteId: 'etax' })])
    },
  )
})

describe('two tabs linking at once in one browser', () => {
  it('makes exactly one link; the tab that submits ④ second is told already_connected', async () => {
    const { csrfToken, tabA, tabB } = await twoTabsAtStepFour()
    expect(tabB).not.toBe(tabA)

    const completion = locationOf(await submitLink(tabA))
    expect((await complete(completion, csrfToken)).status).toBe(200)
    const afterA = protectedState()

    const answerB = await submitLink(tabB)

    expect(answerB).toEqual({
      status: 409,
      body: { error: { code: 'already_connected', message: MESSAGES.alreadyConnected } },
    })
    expect(protectedState()).toEqual(afterA)
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkConnections()).toHaveLength(1)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'already_connected',
    })
  })

  it('tells a tab that presses つなぐ after the other tab finished that it is already connected', async () => {
    const csrfToken = await mynaLogin()
    const staleList = await call<ConnectionListBody>(`${MYNAPORTAL_API}/connections`)
    expect(staleList.body.notConnected.map((s) => s.id)).toContain('hellowork')
    await startLink(csrfToken)
    locationOf(await callback(await decide('allow')))
    await complete(locationOf(await authenticateLink()), csrfToken)

    const before = protectedState()

    const late = await call(`${MYNAPORTAL_API}/connections/hellowork/start`, {
      body: { csrfToken },
    })

    expect(late.status).toBe(409)
    expect(errorCode(late)).toBe('already_connected')
    expectRefusal(before, 'mynaportal', 'connection.start', 'already_connected')
  })
})

describe('races between two tabs: both servers end connected at both or at neither', () => {
  const stop = (csrfToken: string) =>
    call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  /** Checks the two servers agree about the persona, and says on what. */
  function agreement(): 'both' | 'neither' {
    const active = helloworkDb.read().links.filter((l) => !l.pending && l.sub === subjectOf())
    const connected = helloworkConnections().filter((c) => c.userId === 'myna-user-1')
    expect({ active: active.length, connected: connected.length }).toEqual(
      connected.length > 0 ? { active: 1, connected: 1 } : { active: 0, connected: 0 },
    )
    return connected.length > 0 ? 'both' : 'neither'
  }

  /**
   * Makes Hello Work slow to answer after a write `matches` (its data already changed), until
   * released or 300 ms have passed: the moment another tab's request can slip in.
   */
  function holdHelloworkAfter(matches: (result: unknown) => boolean) {
    let reached!: () => void
    let release!: () => void
    const atHelloWork = new Promise<void>((resolve) => (reached = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    const update = helloworkDb.update
    const spy = vi.spyOn(helloworkDb, 'update').mockImplementation(async (updater) => {
      const result = await update(updater)
      if (matches(result)) {
        reached()
        await Promise.race([released, sleep(300)])
      }
      return result
    })
    onTestFinished(() => spy.mockRestore())
    return { atHelloWork, release }
  }
  const isRedemption = (result: unknown) =>
    typeof result === 'object' && result !== null && 'retry' in result
  const isRevocation = (result: unknown) => typeof result === 'boolean'

  it('やめる pressed while Hello Work answers ⑤: it waits for ⑤, then undoes the link', async () => {
    const { csrfToken, completion } = await reachStepFive()
    const hold = holdHelloworkAfter(isRedemption)
    const fifth = complete(completion, csrfToken)
    await hold.atHelloWork
    const stopping = stop(csrfToken)
    await Promise.race([stopping, sleep(150)])
    hold.release()

    const [fifthAnswer, stopAnswer] = await Promise.all([fifth, stopping])

    expect([fifthAnswer.status, stopAnswer.status]).toEqual([200, 200])
    expect(agreement()).toBe('neither')
    expect((await call(`${MYNAPORTAL_API}/connections/complete`)).status).toBe(404)
  })

  it('⑤ sent while やめる is under way at Hello Work: ⑤ waits and says it was cancelled', async () => {
    const { csrfToken, completion } = await reachStepFive()
    const hold = holdHelloworkAfter(isRevocation)
    const stopping = stop(csrfToken)
    await hold.atHelloWork
    const fifth = complete(completion, csrfToken)
    await Promise.race([fifth, sleep(150)])
    hold.release()

    const [stopAnswer, fifthAnswer] = await Promise.all([stopping, fifth])

    expect(stopAnswer.status).toBe(200)
    expect(fifthAnswer).toEqual({
      status: 409,
      body: { error: { code: 'link_cancelled', message: MESSAGES.linkCancelled } },
    })
    expect(agreement()).toBe('neither')
  })

  it('ログアウト in another tab while Hello Work answers ⑤: the connection is still recorded', async () => {
    const { csrfToken, completion } = await reachStepFive()
    const hold = holdHelloworkAfter(isRedemption)
    const fifth = complete(completion, csrfToken)
    await hold.atHelloWork
    expect((await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken } })).status).toBe(204)
    hold.release()

    // Hello Work's link became active before the ログアウト: Mynaportal records it too.
    expect((await fifth).status).toBe(200)
    expect(agreement()).toBe('both')
  })

  it('やめる between ④ and ⑤: ⑤ is told so and connects nothing; つなぐ again works', async () => {
    const { csrfToken, completion } = await reachStepFive()
    expect((await stop(csrfToken)).status).toBe(200)

    expect(await complete(completion, csrfToken)).toEqual({
      status: 409,
      body: { error: { code: 'link_cancelled', message: MESSAGES.linkCancelled } },
    })
    expect(agreement()).toBe('neither')
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.complete',
      outcome: 'failure',
      code: 'link_cancelled',
    })

    await startLink(csrfToken)
    locationOf(await callback(await decide('allow')))
    expect((await complete(locationOf(await authenticateLink()), csrfToken)).status).toBe(200)
    expect(agreement()).toBe('both')
  })

  it.each(['⑤ first', 'やめる first'])(
    '⑤ and やめる sent at the same moment (%s) agree at both servers',
    async (order) => {
      const { csrfToken, completion } = await reachStepFive()
      const [fifth, stopped] =
        order === '⑤ first'
          ? await Promise.all([complete(completion, csrfToken), stop(csrfToken)])
          : await Promise.all([stop(csrfToken), complete(completion, csrfToken)]).then(
              ([a, b]) => [b, a] as const,
            )
      expect(stopped.status).toBe(200)
      expect([200, 409]).toContain(fifth.status)
      if (fifth.status === 409) expect(errorCode(fifth)).toBe('link_cancelled')
      expect(agreement()).toBe('neither')
    },
  )

  it('④ in two tabs before either ⑤: both answered, the newer wins, the older tab is told', async () => {
    const { csrfToken, tabA, tabB } = await twoTabsAtStepFour()

    const fourths = await Promise.all([submitLink(tabA), submitLink(tabB)])
    expect(fourths.map((answer) => answer.status)).toEqual([200, 200])
    const fifths = await Promise.all(
      fourths.map((answer) => complete(locationOf(answer), csrfToken)),
    )

    expect(fifths.map((answer) => errorCode(answer) ?? answer.status).sort()).toEqual([
      200,
      'link_superseded',
    ])
    expect(agreement()).toBe('both')
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  /** 利用する walked step by step; やめる lands after `stopAfter` of them. */
  const SSO_STEPS = ['利用する', 'Hello Work initiation', 'Mynaportal authorize', 'callback']
  it.each(SSO_STEPS.map((_, index) => index))(
    '利用する racing やめる (やめる after step %i) signs in only before the revocation',
    async (stopAfter) => {
      await loadScenario('linked')
      const csrfToken = await mynaLogin()
      let carried: URL | undefined
      let signedIn = false
      const steps: (() => Promise<void>)[] = [
        async () => {
          const answer = await call(`${MYNAPORTAL_API}/connections/hellowork/use`, {
            body: { csrfToken },
          })
          if (answer.status === 200) carried = locationOf(answer)
        },
        async () => void (carried = carried && (await initiate(carried))),
        async () => void (carried = carried && (await authorize(carried))),
        async () => {
          const answer = carried ? await callback(carried) : undefined
          signedIn = answer?.status === 200 && locationOf(answer).pathname === '/mypage'
        },
      ]
      for (const [index, step] of steps.entries()) {
        await step()
        if (index === stopAfter) expect((await stop(csrfToken)).status).toBe(200)
      }
      expect(signedIn).toBe(stopAfter === SSO_STEPS.length - 1)
      expect(agreement()).toBe('neither')
    },
  )
})

describe('after やめる', () => {
  it('single sign-on from a stale tab holding 利用する’s initiation logs nobody in', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    const initiation = locationOf(
      await call(`${MYNAPORTAL_API}/connections/hellowork/use`, { body: { csrfToken } }),
    )
    expect(
      (await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })).status,
    ).toBe(200)

    const response = await authorize(await initiate(initiation))
    expect(response.searchParams.get('error')).toBe('consent_required')
    const answer = await callback(response)

    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'consent_required', message: MESSAGES.consentRequired } },
    })
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      detail: { purpose: 'sso', error: 'consent_required' },
    })
    expect(helloworkDb.read().sessions).toEqual([])
    expectNothingLinked()
  })

  it('single sign-on from a stale tab holding a code issued before やめる logs nobody in', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    const response = await startSso(csrfToken)
    expect(response.searchParams.has('code')).toBe(true)
    expect(
      (await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })).status,
    ).toBe(200)

    const before = protectedState()

    const answer = await callback(response)

    expect(answer).toEqual(FLOW_INVALID)
    expectRefusal(before, 'hellowork', 'auth.callback', 'flow_invalid')
    expect(lastAudit('mynaportal')).toMatchObject({ type: 'token.exchange', code: 'invalid_grant' })
    // Nothing Mynaportal issues after the grant is gone may reach Hello Work.
    expect(mynaportalDb.read().accessTokens).toEqual([])
    expect(helloworkDb.read().sessions).toEqual([])
    expectNothingLinked()
  })

  it('leaves Hello Work’s own password login working, still without a link', async () => {
    const { csrfToken } = await linkThroughProtocol()
    await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })
    const [linkingSession] = helloworkDb.read().sessions

    const answer = await hwPasswordLogin()

    expect(answer).toEqual({ status: 200, body: { location: 'https://hellowork.example/mypage' } })
    expect(lastAudit('hellowork')).toMatchObject({ type: 'login', outcome: 'success' })
    // A fresh session replaces the one ④ started in this browser: a new session id after
    // sign-in, linking and single sign-on.
    const sessions = helloworkDb.read().sessions
    expect(sessions).toEqual([expect.objectContaining({ accountId: 'hw-account-1' })])
    expect(sessions[0]!.id).not.toBe(linkingSession!.id)
    expect((await call(`${HELLOWORK_API}/session`)).status).toBe(200)
    expectNothingLinked()
  })

  it('lets an account linked to another Mynaportal user sign in by password, link intact', async () => {
    await loadScenario('linked-elsewhere')
    const links = helloworkDb.read().links

    expect(locationOf(await hwPasswordLogin()).pathname).toBe('/mypage')
    expect((await call(`${HELLOWORK_API}/session`)).status).toBe(200)
    expect(helloworkDb.read().links).toEqual(links)
    expect(helloworkConnections()).toEqual([expect.objectContaining({ userId: 'myna-user-2' })])
  })

  it('つなぐ again after やめる works as a first link did', async () => {
    const { csrfToken } = await linkThroughProtocol()
    await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })

    await startLink(csrfToken)
    locationOf(await callback(await decide('allow')))
    expect((await complete(locationOf(await authenticateLink()), csrfToken)).status).toBe(200)
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkConnections()).toHaveLength(1)
  })
})

describe('an injected failure on any call of the link flow', () => {
  interface FlowContext {
    mynaCsrf: string
    initiation: URL
    authorizeUrl: URL
    consent: PendingAuthorizationBody
    response: URL
    linkCsrf: string
    completion: URL
  }
  type Step = [string, (ctx: Partial<FlowContext>) => Promise<Answer>]

  /** Each step stores what the next one needs only when it succeeds, as a screen would. */
  const LINK_FLOW: Step[] = [
    [
      '① login',
      async (ctx) => {
        const answer = await call<{ csrfToken: string }>(`${MYNAPORTAL_API}/login`, {
          body: { cardId: 'card-ashita', pin: '1234' },
        })
        if (answer.status === 200) ctx.mynaCsrf = answer.body.csrfToken
        return answer
      },
    ],
    ['② もっとつながる', () => call(`${MYNAPORTAL_API}/connections`)],
    [
      '② つなぐ',
      async (ctx) => {
        const answer = await call(`${MYNAPORTAL_API}/connections/hellowork/start`, {
          body: { csrfToken: ctx.mynaCsrf },
        })
        if (answer.status === 200) ctx.initiation = locationOf(answer)
        return answer
      },
    ],
    [
      'Hello Work initiation',
      async (ctx) => {
        const answer = await call(`${HELLOWORK_API}/auth/initiate`, {
          body: Object.fromEntries(ctx.initiation!.searchParams),
        })
        if (answer.status === 200) ctx.authorizeUrl = locationOf(answer)
        return answer
      },
    ],
    [
      'Mynaportal authorize',
      (ctx) => call(`${MYNAPORTAL_API}/authorize${ctx.authorizeUrl!.search}`),
    ],
    [
      '③ 同意確認',
      async (ctx) => {
        const answer = await call<PendingAuthorizationBody>(`${MYNAPORTAL_API}/authorize/pending`)
        if (answer.status === 200) ctx.consent = answer.body
        return answer
      },
    ],
    [
      '③ 同意',
      async (ctx) => {
        const answer = await call(`${MYNAPORTAL_API}/authorize/decision`, {
          body: {
            decision: 'allow',
            requestId: ctx.consent!.requestId,
            csrfToken: ctx.consent!.csrfToken,
          },
        })
        if (answer.status === 200) ctx.response = locationOf(answer)
        return answer
      },
    ],
    ['Hello Work callback', (ctx) => callback(ctx.response!)],
    [
      '④ マイページ属性連携認証',
      async (ctx) => {
        const answer = await call<{ csrfToken: string }>(`${HELLOWORK_API}/link/transaction`)
        if (answer.status === 200) ctx.linkCsrf = answer.body.csrfToken
        return answer
      },
    ],
    [
      '④ 同意',
      async (ctx) => {
        const answer = await submitLink(ctx.linkCsrf!)
        if (answer.status === 200) ctx.completion = locationOf(answer)
        return answer
      },
    ],
    ['⑤ つながり完了', (ctx) => complete(ctx.completion!, ctx.mynaCsrf!)],
    ['⑥ 求職者マイページホーム', () => call(`${HELLOWORK_API}/mypage/home`)],
  ]

  const FAULTS: [string, SiteKey, string, number][] = [
    ['① login', 'mynaportal', '/login', 500],
    ['② もっとつながる', 'mynaportal', '/connections', 500],
    ['② つなぐ', 'mynaportal', '/connections/:siteId/start', 500],
    ['Hello Work initiation', 'hellowork', '/auth/initiate', 500],
    ['Mynaportal authorize', 'mynaportal', '/authorize', 500],
    ['③ 同意確認', 'mynaportal', '/authorize/pending', 500],
    ['③ 同意', 'mynaportal', '/authorize/decision', 500],
    ['Hello Work callback', 'hellowork', '/auth/callback', 500],
    ['Hello Work callback', 'mynaportal', '/jwks', 502],
    ['Hello Work callback', 'mynaportal', '/token', 502],
    ['④ マイページ属性連携認証', 'hellowork', '/link/transaction', 500],
    ['④ 同意', 'hellowork', '/link/authenticate', 500],
    ['④ 同意', 'mynaportal', '/userinfo', 502],
    ['⑤ つながり完了', 'mynaportal', '/connections/complete', 500],
    ['⑤ つながり完了', 'hellowork', '/link/tickets/redeem', 502],
    ['⑥ 求職者マイページホーム', 'hellowork', '/mypage/home', 500],
  ]

  it.each(FAULTS)(
    'at %s (%s %s failing) shows an error, changes nothing, and 再試行 completes the link',
    async (stepName, site, endpoint, status) => {
      const ctx: Partial<FlowContext> = {}
      for (const [name, run] of LINK_FLOW) {
        if (name === stepName) {
          await injectFault(site, 'error', [endpoint])
          const before = everything()
          const failed = await run(ctx)
          expect(failed.status).toBe(status)
          expect(errorCode(failed)).toBe(status === 502 ? 'upstream_error' : 'server_error')
          expect(everything()).toEqual(before)
          expect(lastAudit(site)).toMatchObject({ outcome: 'failure', detail: { injected: true } })
          await injectFault(site, 'none')
        }
        const answer = await run(ctx)
        expect([name, answer.status]).toEqual([name, 200])
      }
      expect(helloworkDb.read().links).toHaveLength(1)
      expect(helloworkConnections()).toHaveLength(1)
      expect(newestTransaction().stage).toBe('consumed')
    },
  )
})

describe('protected screens opened without a session', () => {
  it.each([
    ['mynaportal', '/session', 'session.read'],
    ['mynaportal', '/connections', 'connections.read'],
    ['mynaportal', '/authorize/pending', 'authorize.pending'],
    ['mynaportal', '/connections/complete', 'connection.complete.read'],
    ['hellowork', '/session', 'session.read'],
    ['hellowork', '/mypage/home', 'mypage.home.read'],
    ['hellowork', '/mypage/profile', 'mypage.profile.read'],
  ] as const)('%s GET %s answers 401 with nothing of the user', async (server, path, event) => {
    // The persona linked and signed in on both sites in another browser.
    await linkThroughProtocol()
    switchToNewBrowser()
    const before = protectedState()

    const answer = await call(`${server === 'mynaportal' ? MYNAPORTAL_API : HELLOWORK_API}${path}`)

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
    })
    expect(JSON.stringify(answer.body)).not.toMatch(/明日|yuki|13010/)
    expectRefusal(before, server, event, 'unauthenticated')
  })
})
