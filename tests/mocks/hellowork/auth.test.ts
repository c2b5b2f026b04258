/**
 * Hello Work as the Relying Party (mocks/hellowork/handlers/auth.ts): POST /auth/initiate and
 * POST /auth/callback.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import { HELLOWORK_API, HELLOWORK_REDIRECT_URI, MYNAPORTAL_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { pkceChallenge } from '@mocks/shared/secrets'
import {
  advanceClock,
  authorize,
  call,
  callback,
  decide,
  injectFault,
  loadScenario,
  locationOf,
  mynaLogin,
  pressConnect,
  startLink,
  startSso,
} from '../../support/protocol'
import {
  cookie,
  expectRefusal,
  hwAccount,
  lastAudit,
  newestTransaction,
  protectedState,
  serverState,
  subjectOf,
  switchToBrowser,
  switchToNewBrowser,
} from '../../support/serverState'

const ISS = 'https://mynaportal.example'
const FLOW_INVALID = {
  status: 400,
  body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
}

const initiate = (body: Record<string, string>) => call(`${HELLOWORK_API}/auth/initiate`, { body })

/** ① ② ③: signed in, つなぐ, 同意: the authorization response Hello Work's callback receives. */
async function consentGiven(decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  await startLink(await mynaLogin())
  return decide(decision)
}

function withParam(url: URL, name: string, value: string | null): URL {
  const changed = new URL(url)
  if (value === null) changed.searchParams.delete(name)
  else changed.searchParams.set(name, value)
  return changed
}

describe('POST /auth/initiate', () => {
  it.each([
    ['another issuer', { iss: 'https://evil.example', target_link_uri: HELLOWORK_TARGETS.link }],
    ['no issuer', { iss: '', target_link_uri: HELLOWORK_TARGETS.link }],
    [
      'an issuer with a trailing slash',
      { iss: `${ISS}/`, target_link_uri: HELLOWORK_TARGETS.link },
    ],
    ['an unknown target', { iss: ISS, target_link_uri: 'https://hellowork.example/admin' }],
    ['a target on another site', { iss: ISS, target_link_uri: 'https://evil.example/link' }],
    ['no target', { iss: ISS, target_link_uri: '' }],
  ])('refuses %s with 400 invalid_request, opening no transaction', async (_, body) => {
    await call(`${MYNAPORTAL_API}/login/cards`)
    const before = serverState()

    expect(await initiate(body)).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: MESSAGES.invalidRequest } },
    })
    expect(serverState()).toEqual(before)
    expect(cookie('hellowork', 'hw_auth_tx')).toBeUndefined()
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.initiate',
      outcome: 'failure',
      code: 'invalid_request',
    })
  })

  it('opens a link transaction and answers with Mynaportal’s authorize URL for it', async () => {
    const answer = await initiate({ iss: ISS, target_link_uri: HELLOWORK_TARGETS.link })

    const location = locationOf(answer)
    expect(`${location.origin}${location.pathname}`).toBe('https://mynaportal.example/authorize')
    const tx = newestTransaction()
    expect(Object.fromEntries(location.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'hellowork',
      redirect_uri: HELLOWORK_REDIRECT_URI,
      scope: 'openid',
      state: tx.state,
      nonce: tx.nonce,
      code_challenge: await pkceChallenge(tx.codeVerifier),
      code_challenge_method: 'S256',
      prompt: 'consent',
    })
    expect(tx).toMatchObject({
      purpose: 'link',
      stage: 'authorizing',
      createdAt: Date.parse('2021-09-22T01:00:00Z'),
      expiresAt: Date.parse('2021-09-22T01:10:00Z'),
    })
    expect(tx.state).not.toBe(tx.nonce)
    expect(cookie('hellowork', 'hw_auth_tx')).toBe(tx.id)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.initiate',
      outcome: 'success',
      detail: { purpose: 'link' },
    })
  })

  it('asks for prompt=none for single sign-on', async () => {
    const answer = await initiate({ iss: ISS, target_link_uri: HELLOWORK_TARGETS.sso })
    expect(locationOf(answer).searchParams.get('prompt')).toBe('none')
    expect(newestTransaction().purpose).toBe('sso')
  })

  it('keeps at most three transactions per browser, dropping the oldest', async () => {
    const states: string[] = []
    for (let tab = 0; tab < 4; tab++) {
      const location = locationOf(
        await initiate({ iss: ISS, target_link_uri: HELLOWORK_TARGETS.link }),
      )
      states.push(location.searchParams.get('state')!)
    }

    const ids = cookie('hellowork', 'hw_auth_tx')!.split(' ')
    expect(ids).toHaveLength(3)
    const kept = helloworkDb.read().transactions.filter((t) => ids.includes(t.id))
    expect(kept.map((t) => t.state)).toEqual(states.slice(1))
  })
})

describe('POST /auth/callback', () => {
  it('accepts 同意 for a link: tokens verified, nothing linked yet, on to ④', async () => {
    const response = await consentGiven()
    const before = protectedState()

    const answer = await callback(response)

    expect(answer).toEqual({
      status: 200,
      body: { location: 'https://hellowork.example/link/authenticate' },
    })
    expect(protectedState()).toEqual(before)
    expect(newestTransaction()).toMatchObject({
      stage: 'authenticated',
      iss: ISS,
      sub: subjectOf('card-ashita'),
      accessToken: expect.any(String),
    })
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      outcome: 'success',
      detail: { purpose: 'link', next: '/link/authenticate' },
    })
  })

  it.each([
    ['no state', null],
    ['an unknown state', 'made-up-state-value'],
  ])('refuses a response with %s with 400, touching no transaction', async (_, state) => {
    const response = await consentGiven()
    const before = serverState()

    expect(await callback(withParam(response, 'state', state))).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(before)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      outcome: 'failure',
      code: 'flow_invalid',
    })
  })

  it('refuses a tampered state with 400', async () => {
    const response = await consentGiven()
    const state = response.searchParams.get('state')!
    const tampered = `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`
    const before = serverState()

    expect(await callback(withParam(response, 'state', tampered))).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'auth.callback', 'flow_invalid')
  })

  it('refuses a response delivered to another browser (the state is bound to this one)', async () => {
    const response = await consentGiven()
    const first = switchToNewBrowser()
    const before = serverState()

    expect(await callback(response)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'auth.callback', 'flow_invalid')
    expect(cookie('hellowork', 'hw_sid')).toBeUndefined()

    switchToBrowser(first)
    expect(locationOf(await callback(response)).pathname).toBe('/link/authenticate')
  })

  it.each([
    ['another issuer', 'https://evil.example'],
    ['no issuer', null],
  ])('refuses %s with 400 and ends the transaction', async (_, iss) => {
    const response = await consentGiven()
    const before = protectedState()

    expect(await callback(withParam(response, 'iss', iss))).toEqual(FLOW_INVALID)
    expect(protectedState()).toEqual(before)
    expect(newestTransaction().stage).toBe('consumed')
    expect(lastAudit('hellowork')).toMatchObject({ type: 'auth.callback', code: 'flow_invalid' })
    expect(await callback(response)).toEqual(FLOW_INVALID)
  })

  it('sends 同意しない back to Mynaportal’s connections and ends the transaction', async () => {
    const response = await consentGiven('deny')
    const before = protectedState()

    expect(await callback(response)).toEqual({
      status: 200,
      body: { location: 'https://mynaportal.example/connections' },
    })
    expect(protectedState()).toEqual(before)
    expect(newestTransaction().stage).toBe('consumed')
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      outcome: 'success',
      detail: { error: 'access_denied' },
    })
    expect(await callback(response)).toEqual(FLOW_INVALID)
  })

  it('sends any other error to Hello Work’s top and ends the transaction', async () => {
    const response = withParam(
      withParam(await consentGiven('deny'), 'error', 'server_error'),
      'x',
      null,
    )
    expect(await callback(response)).toEqual({
      status: 200,
      body: { location: 'https://hellowork.example/' },
    })
    expect(newestTransaction().stage).toBe('consumed')
  })

  it('refuses a response after the transaction’s ten minutes (11 simulated minutes later)', async () => {
    const response = await consentGiven()
    await advanceClock(11)
    const before = protectedState()

    expect(await callback(response)).toEqual(FLOW_INVALID)
    expect(protectedState()).toEqual(before)
    expect(newestTransaction().stage).toBe('consumed')
    expect(lastAudit('hellowork')).toMatchObject({ type: 'auth.callback', code: 'flow_invalid' })
  })

  it('refuses a replayed response with 400', async () => {
    const response = await consentGiven()
    await callback(response)
    const after = serverState()

    expect(await callback(response)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(after)
    expectRefusal(after, 'hellowork', 'auth.callback', 'flow_invalid')
  })

  it('refuses a tampered code with 400, ends the transaction and signs nobody in', async () => {
    const response = await consentGiven()
    const before = protectedState()

    expect(await callback(withParam(response, 'code', 'tampered-code'))).toEqual(FLOW_INVALID)
    expect(protectedState()).toEqual(before)
    expect(newestTransaction().stage).toBe('consumed')
    expect(lastAudit('mynaportal')).toMatchObject({ type: 'token.exchange', code: 'invalid_grant' })
    expect(lastAudit('hellowork')).toMatchObject({ type: 'auth.callback', code: 'flow_invalid' })
    // The real code cannot be used through this transaction any more.
    expect(await callback(response)).toEqual(FLOW_INVALID)
  })

  it.each([
    ['nonce', 'tampered-nonce-value-xxxxxxxx'],
    ['code_challenge', 'A'.repeat(43)],
  ])(
    'refuses a code obtained with a tampered %s in the authorization request',
    async (name, value) => {
      const authorizeUrl = await initiate({ iss: ISS, target_link_uri: HELLOWORK_TARGETS.link })
      await mynaLogin()
      const tampered = withParam(locationOf(authorizeUrl), name, value)
      expect((await authorize(tampered)).pathname).toBe('/connections/consent')
      const response = await decide('allow')
      const before = protectedState()

      expect(await callback(response)).toEqual(FLOW_INVALID)
      expectRefusal(before, 'hellowork', 'auth.callback', 'flow_invalid')
      expect(newestTransaction().stage).toBe('consumed')
    },
  )

  it.each(['/token', '/jwks'])(
    'answers 502 when Mynaportal’s %s fails, and the same response works on 再試行',
    async (endpoint) => {
      const response = await consentGiven()
      await injectFault('mynaportal', 'error', [endpoint])
      const before = serverState()

      expect(await callback(response)).toEqual({
        status: 502,
        body: { error: { code: 'upstream_error', message: MESSAGES.upstream('マイナポータル') } },
      })
      expect(serverState()).toEqual(before)
      expect(newestTransaction().stage).toBe('authorizing')
      expect(lastAudit('hellowork')).toMatchObject({
        type: 'auth.callback',
        outcome: 'failure',
        code: 'upstream_error',
      })

      await injectFault('mynaportal', 'none')
      expect(locationOf(await callback(response)).pathname).toBe('/link/authenticate')
    },
  )

  it('signs the linked account in with a fresh session for single sign-on', async () => {
    await loadScenario('linked')
    const response = await startSso(await mynaLogin())
    expect(response.searchParams.has('code')).toBe(true)

    const answer = await callback(response)

    // The answer names who is now signed in, exactly as GET /session would.
    expect(answer).toEqual({
      status: 200,
      body: {
        location: 'https://hellowork.example/mypage',
        session: await call(`${HELLOWORK_API}/session`).then((read) => read.body),
      },
    })
    expect(answer.body).toMatchObject({ session: { account: { displayName: '明日 勇気' } } })
    const sessions = helloworkDb.read().sessions
    expect(sessions).toEqual([
      {
        id: cookie('hellowork', 'hw_sid'),
        accountId: 'hw-account-1',
        csrfToken: expect.any(String),
        createdAt: Date.parse('2021-09-22T01:00:00Z'),
        lastSeenAt: Date.parse('2021-09-22T01:00:00Z'),
      },
    ])
    expect(hwAccount()).toMatchObject({
      previousLoginAt: Date.parse('2021-09-21T01:00:00Z'),
      lastLoginAt: Date.parse('2021-09-22T01:00:00Z'),
    })
    expect(newestTransaction().stage).toBe('consumed')
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      outcome: 'success',
      detail: { purpose: 'sso', next: '/mypage' },
    })
  })

  it('replaces this browser’s Hello Work session on a second single sign-on', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    await callback(await startSso(csrfToken))
    const first = cookie('hellowork', 'hw_sid')

    await callback(await startSso(csrfToken))

    expect(cookie('hellowork', 'hw_sid')).not.toBe(first)
    expect(protectedState().helloworkSessions).toEqual([
      { id: cookie('hellowork', 'hw_sid'), accountId: 'hw-account-1' },
    ])
  })

  it('sends single sign-on without a link to 属性連携不整合確認 with nobody signed in', async () => {
    await loadScenario('mismatch')
    const response = await startSso(await mynaLogin())
    const before = protectedState()

    expect(await callback(response)).toEqual({
      status: 200,
      body: { location: 'https://hellowork.example/link/mismatch' },
    })
    expect(protectedState()).toEqual(before)
    expect(protectedState().helloworkSessions).toEqual([])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'auth.callback',
      detail: { purpose: 'sso', next: '/link/mismatch' },
    })
    expect((await call(`${HELLOWORK_API}/session`)).status).toBe(401)
  })

  it('refuses single sign-on Mynaportal answered with consent_required, saying to つなぐ first', async () => {
    const csrfToken = await mynaLogin()
    // A stale 利用する: the initiation is for SSO, but this user is not connected.
    const initiation = new URL(await pressConnect(csrfToken))
    initiation.searchParams.set('target_link_uri', HELLOWORK_TARGETS.sso)
    const response = await authorize(
      locationOf(await initiate(Object.fromEntries(initiation.searchParams))),
    )
    expect(response.searchParams.get('error')).toBe('consent_required')
    const before = protectedState()

    expect(await callback(response)).toEqual({
      status: 400,
      body: { error: { code: 'consent_required', message: MESSAGES.consentRequired } },
    })
    expectRefusal(before, 'hellowork', 'auth.callback', 'consent_required')
    expect(newestTransaction().stage).toBe('consumed')
  })

  it('refuses single sign-on without a Mynaportal session (login_required), saying to sign in there', async () => {
    await loadScenario('linked')
    // Hello Work asks for prompt=none in a browser that has no Mynaportal session.
    const initiation = { iss: ISS, target_link_uri: HELLOWORK_TARGETS.sso }
    const response = await authorize(locationOf(await initiate(initiation)))
    expect(Object.fromEntries(response.searchParams)).toEqual({
      error: 'login_required',
      state: expect.any(String),
      iss: ISS,
    })
    const before = protectedState()

    expect(await callback(response)).toEqual({
      status: 400,
      body: { error: { code: 'login_required', message: MESSAGES.loginRequired } },
    })
    expectRefusal(before, 'hellowork', 'auth.callback', 'login_required')
    expect((await call(`${HELLOWORK_API}/session`)).status).toBe(401)
  })

  it('signs nobody in with an authorization URL pasted into a victim’s browser that never pressed 利用する', async () => {
    await loadScenario('linked')
    // The attacker's browser: a Hello Work sign-on transaction of its own.
    const authorizeUrl = locationOf(
      await initiate({ iss: ISS, target_link_uri: HELLOWORK_TARGETS.sso }),
    )
    const attacker = switchToNewBrowser()
    // The victim's browser: signed in at Mynaportal, connected, opens the pasted URL.
    await mynaLogin()
    const response = await authorize(authorizeUrl)
    expect(response.searchParams.has('code')).toBe(false)
    expect(response.searchParams.get('error')).toBe('interaction_required')
    switchToBrowser(attacker)
    const before = protectedState()

    expect(await callback(response)).toEqual({
      status: 400,
      body: { error: { code: 'interaction_required', message: MESSAGES.interactionRequired } },
    })
    expectRefusal(before, 'hellowork', 'auth.callback', 'interaction_required')
    expect(cookie('hellowork', 'hw_sid')).toBeUndefined()
  })

  it.each(['constructor', '__proto__', 'toString'])(
    'treats an error named %s as any other error, without a 500',
    async (error) => {
      const response = withParam(withParam(await consentGiven('deny'), 'error', error), 'x', null)
      expect(await callback(response)).toEqual({
        status: 200,
        body: { location: 'https://hellowork.example/' },
      })
    },
  )
})
