/**
 * protocol.md "Cases that must hold", end to end through both mock servers: each ends with a
 * clear message (its code and text) and nothing changed that should not have.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { ConnectionListBody, PendingAuthorizationBody } from '@/contracts/mynaportal'
import { HELLOWORK_API, MYNAPORTAL_API } from '@/contracts/sites'
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
  type ServerName,
} from '../support/serverState'

const ACCOUNT_LOCKED = {
  status: 423,
  body: { error: { code: 'account_locked', message: MESSAGES.accountLocked } },
}
const FLOW_INVALID = {
  status: 400,
  body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
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

describe('screens opened directly, tampered or replayed', () => {
  /** The flow reached some point (setup); then the screen sends the refused request. */
  type Attempt = [string, () => Promise<() => Promise<Answer>>, number, ServerName, string]

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
  const moments: [string, () => Promise<Answer>, number, string, ServerName, string][] = [
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
    const csrfToken = await mynaLogin()
    // Both tabs press つなぐ before either finishes.
    const initiationA = await pressConnect(csrfToken)
    const initiationB = await pressConnect(csrfToken)

    await authorize(await initiate(initiationA))
    locationOf(await callback(await decide('allow')))
    const tabA = await linkCsrf()
    await authorize(await initiate(initiationB))
    locationOf(await callback(await decide('allow')))
    const tabB = await linkCsrf()
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
    // A fresh session replaces the one ④ started in this browser (R9).
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

  const FAULTS: [string, 'mynaportal' | 'hellowork', string, number][] = [
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
