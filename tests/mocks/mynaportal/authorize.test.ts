/**
 * Mynaportal's authorization endpoint and 同意確認 (mocks/mynaportal/handlers/authorize.ts):
 * GET /authorize, GET /authorize/pending, POST /authorize/decision. The tests play Hello Work
 * with their own PKCE pair, state and nonce (clientRequest).
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { PendingAuthorizationBody } from '@/contracts/mynaportal'
import {
  HELLOWORK_REDIRECT_URI,
  HELLOWORK_SITE_NAME,
  MYNAPORTAL_API,
  MYNAPORTAL_ISSUER,
} from '@/contracts/sites'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { sha256 } from '@mocks/shared/secrets'
import {
  advanceClock,
  call,
  clientRequest,
  loadScenario,
  locationOf,
  mynaLogin,
  seedServers,
  type ClientRequest,
} from '../../support/protocol'
import {
  cookie,
  expectRefusal,
  lastAudit,
  protectedState,
  subjectOf,
} from '../../support/serverState'

const LOGIN_URL = 'https://mynaportal.example/login'
const CONSENT_URL = 'https://mynaportal.example/connections/consent'

const authorize = (request: Pick<ClientRequest, 'search'>) =>
  call(`${MYNAPORTAL_API}/authorize${request.search}`)

/** 利用する at Mynaportal: the person's own start of a sign-on in this browser. */
async function pressUse(csrfToken: string) {
  locationOf(await call(`${MYNAPORTAL_API}/connections/hellowork/use`, { body: { csrfToken } }))
}

const pending = () => call<PendingAuthorizationBody>(`${MYNAPORTAL_API}/authorize/pending`)

const decision = (body: Record<string, string>) =>
  call(`${MYNAPORTAL_API}/authorize/decision`, { body })

/** Signs in, sends an authorization request and reads 同意確認, as the consent screen does. */
async function atConsent(overrides: Record<string, string | null> = {}) {
  const csrfToken = await mynaLogin()
  const request = await clientRequest(overrides)
  expect(locationOf(await authorize(request)).href).toBe(CONSENT_URL)
  const shown = await pending()
  return { csrfToken, request, requestId: shown.body.requestId }
}

function responseParams(location: URL): Record<string, string> {
  expect(`${location.origin}${location.pathname}`).toBe(HELLOWORK_REDIRECT_URI)
  return Object.fromEntries(location.searchParams)
}

describe('GET /authorize', () => {
  it('refuses an unknown client with 400 invalid_client and no location', async () => {
    await mynaLogin()
    const before = protectedState()

    const answer = await authorize(await clientRequest({ client_id: 'evil' }))

    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_client', message: MESSAGES.invalidClient } },
    })
    expectRefusal(before, 'mynaportal', 'authorize.request', 'invalid_client')
  })

  it.each([
    ['another host', 'https://evil.example/auth/callback'],
    ['another path', 'https://hellowork.example/auth/callback2'],
    ['a trailing slash', 'https://hellowork.example/auth/callback/'],
    ['an added query', 'https://hellowork.example/auth/callback?next=/'],
    ['http instead of https', 'http://hellowork.example/auth/callback'],
    ['an upper-case host', 'https://HELLOWORK.example/auth/callback'],
    ['nothing', null],
  ])(
    'refuses a redirect_uri with %s (exact match) with 400 and no location',
    async (_, redirectUri) => {
      await mynaLogin()
      const before = protectedState()

      const answer = await authorize(await clientRequest({ redirect_uri: redirectUri }))

      expect(answer).toEqual({
        status: 400,
        body: { error: { code: 'invalid_request', message: MESSAGES.invalidRequest } },
      })
      expect(JSON.stringify(answer.body)).not.toContain('location')
      expect(mynaportalDb.read().sessions[0]!.pendingAuthorization).toBeUndefined()
      expectRefusal(before, 'mynaportal', 'authorize.request', 'invalid_request')
    },
  )

  it.each([
    ['a plain PKCE challenge', { code_challenge_method: 'plain' }],
    ['no challenge method', { code_challenge_method: null }],
    ['no code challenge', { code_challenge: null }],
    ['a malformed code challenge', { code_challenge: 'too-short' }],
    ['response_type token', { response_type: 'token' }],
    ['no openid scope', { scope: 'profile' }],
    ['no state', { state: null }],
    ['a short state', { state: 'abc' }],
    ['no nonce', { nonce: null }],
    ['an unknown prompt', { prompt: 'login' }],
  ])('refuses a request with %s with 400 invalid_request', async (_, overrides) => {
    await mynaLogin()
    const before = protectedState()

    const answer = await authorize(await clientRequest(overrides))

    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: MESSAGES.invalidRequest } },
    })
    expect(mynaportalDb.read().sessions[0]!.pendingAuthorization).toBeUndefined()
    expectRefusal(before, 'mynaportal', 'authorize.request', 'invalid_request')
  })

  it('sends a browser that is not signed in to the login, keeping the request for after it', async () => {
    const request = await clientRequest()

    const answer = await authorize(request)

    expect(answer).toEqual({ status: 200, body: { location: LOGIN_URL } })
    const session = mynaportalDb.read().sessions[0]!
    expect(session).toMatchObject({ id: cookie('mynaportal', 'myna_sid'), userId: null })
    expect(session.pendingAuthorization).toMatchObject({
      clientId: 'hellowork',
      redirectUri: HELLOWORK_REDIRECT_URI,
      state: request.state,
      nonce: request.nonce,
    })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'authorize.request',
      outcome: 'success',
      detail: { clientId: 'hellowork', prompt: 'consent' },
    })

    const login = await call<{ location?: string }>(`${MYNAPORTAL_API}/login`, {
      body: { cardId: 'card-ashita', pin: '1234' },
    })
    expect(login.body.location).toBe(CONSENT_URL)
  })

  it('answers prompt=none without a signed-in session with error=login_required, no login page', async () => {
    await seedServers()
    const before = protectedState()
    const request = await clientRequest({ prompt: 'none' })

    const params = responseParams(locationOf(await authorize(request)))

    expect(params).toEqual({
      error: 'login_required',
      state: request.state,
      iss: MYNAPORTAL_ISSUER,
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expect(mynaportalDb.read().sessions.every((s) => !s.pendingAuthorization)).toBe(true)
    expect(protectedState()).toMatchObject({ links: before.links, connections: before.connections })
    // Nothing was kept for after a sign-in: a later login goes nowhere but the top page.
    const login = await call<{ location?: string }>(`${MYNAPORTAL_API}/login`, {
      body: { cardId: 'card-ashita', pin: '1234' },
    })
    expect(login.body.location).toBeUndefined()
  })

  it('does not carry an interrupted request into another person’s sign-in', async () => {
    await mynaLogin('card-yamada', '5678')
    await authorize(await clientRequest())
    expect((await pending()).status).toBe(200)

    const login = await call<{ location?: string }>(`${MYNAPORTAL_API}/login`, {
      body: { cardId: 'card-ashita', pin: '1234' },
    })

    expect(login.status).toBe(200)
    expect(login.body.location).toBeUndefined()
    expect((await pending()).status).toBe(404)
  })

  it('sends a signed-in user who is not connected to 同意確認, saying who is signed in', async () => {
    const csrfToken = await mynaLogin()
    const answer = await authorize(await clientRequest())
    expect(answer).toEqual({
      status: 200,
      body: {
        location: CONSENT_URL,
        session: { user: { displayName: '明日 勇気' }, csrfToken },
      },
    })
    expect(mynaportalDb.read().codes).toEqual([])
  })

  it('shows 同意確認 for prompt=consent even when the user is already connected', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const answer = await authorize(await clientRequest({ prompt: 'consent' }))
    expect(answer).toMatchObject({ status: 200, body: { location: CONSENT_URL } })
  })

  it('answers a connected user with prompt=none with a code straight back to Hello Work', async () => {
    await loadScenario('linked')
    await pressUse(await mynaLogin())
    const request = await clientRequest({ prompt: 'none' })

    const params = responseParams(locationOf(await authorize(request)))

    expect(params).toEqual({
      code: expect.any(String),
      state: request.state,
      iss: MYNAPORTAL_ISSUER,
    })
    const codes = mynaportalDb.read().codes
    expect(codes).toHaveLength(1)
    expect(codes[0]).toMatchObject({
      codeHash: await sha256(params.code!),
      clientId: 'hellowork',
      redirectUri: HELLOWORK_REDIRECT_URI,
      nonce: request.nonce,
      sub: subjectOf('card-ashita'),
      used: false,
    })
    expect(mynaportalDb.read().sessions[0]!.pendingAuthorization).toBeUndefined()
  })

  it('refuses a silent sign-on nobody started here (no 利用する) with interaction_required, no code', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const before = protectedState()
    // An authorization URL made elsewhere (another browser's Hello Work) and opened here.
    const request = await clientRequest({ prompt: 'none' })

    const params = responseParams(locationOf(await authorize(request)))

    expect(params).toEqual({
      error: 'interaction_required',
      state: request.state,
      iss: MYNAPORTAL_ISSUER,
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expect(protectedState()).toEqual(before)
  })

  it('asks a connected user without 利用する for 同意確認 when the client did not say prompt=none', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const answer = await authorize(await clientRequest({ prompt: null }))
    expect(answer).toMatchObject({ status: 200, body: { location: CONSENT_URL } })
    expect(mynaportalDb.read().codes).toEqual([])
  })

  it('spends 利用する on one sign-on: a second silent request gets no code', async () => {
    await loadScenario('linked')
    await pressUse(await mynaLogin())
    expect(
      locationOf(await authorize(await clientRequest({ prompt: 'none' }))).searchParams.has('code'),
    ).toBe(true)

    const second = locationOf(await authorize(await clientRequest({ prompt: 'none' })))

    expect(second.searchParams.get('error')).toBe('interaction_required')
    expect(mynaportalDb.read().codes).toHaveLength(1)
  })

  it('lets 利用する lapse after its two simulated minutes', async () => {
    await loadScenario('linked')
    await pressUse(await mynaLogin())
    await advanceClock(3)

    const answer = locationOf(await authorize(await clientRequest({ prompt: 'none' })))

    expect(answer.searchParams.get('error')).toBe('interaction_required')
    expect(mynaportalDb.read().codes).toEqual([])
  })

  it('answers prompt=none for a user who is not connected with error=consent_required', async () => {
    await mynaLogin()
    const before = protectedState()
    const request = await clientRequest({ prompt: 'none' })

    const params = responseParams(locationOf(await authorize(request)))

    expect(params).toEqual({
      error: 'consent_required',
      state: request.state,
      iss: MYNAPORTAL_ISSUER,
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expect(protectedState()).toEqual(before)
  })
})

describe('GET /authorize/pending', () => {
  it('answers 401 without a session', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await pending()

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
    })
    expectRefusal(before, 'mynaportal', 'authorize.pending', 'unauthenticated')
  })

  it('answers 404 flow_invalid when the session holds no authorization request', async () => {
    await mynaLogin()
    const before = protectedState()

    const answer = await pending()

    expect(answer).toEqual({
      status: 404,
      body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
    })
    expectRefusal(before, 'mynaportal', 'authorize.pending', 'flow_invalid')
  })

  it('shows what 同意確認 needs: the request id, the client, the claims and the CSRF token', async () => {
    const csrfToken = await mynaLogin()
    await authorize(await clientRequest())

    const answer = await pending()

    expect(answer).toEqual({
      status: 200,
      body: {
        requestId: mynaportalDb.read().sessions[0]!.pendingAuthorization!.id,
        clientName: HELLOWORK_SITE_NAME,
        claims: ['ハローワーク用の利用者識別子（マイナンバーそのものではありません）'],
        csrfToken,
      },
    })
  })

  it('shows the same request again on a reload of 同意確認', async () => {
    const { requestId } = await atConsent()
    expect((await pending()).body.requestId).toBe(requestId)
  })

  it('answers 404 once the decision was given', async () => {
    const { csrfToken, requestId } = await atConsent()
    await decision({ decision: 'allow', requestId, csrfToken })
    const before = protectedState()

    expect((await pending()).status).toBe(404)
    expectRefusal(before, 'mynaportal', 'authorize.pending', 'flow_invalid')
  })
})

describe('POST /authorize/decision', () => {
  it('answers 401 without a session', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await decision({ decision: 'allow', requestId: 'x', csrfToken: 'x' })

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
    })
    expectRefusal(before, 'mynaportal', 'authorize.decision', 'unauthenticated')
    expect(mynaportalDb.read().codes).toEqual([])
  })

  it('checks the session before the decision itself (401, not 400)', async () => {
    await seedServers()
    const before = protectedState()

    const answer = await decision({ decision: '', requestId: '', csrfToken: '' })

    expect(answer.status).toBe(401)
    expectRefusal(before, 'mynaportal', 'authorize.decision', 'unauthenticated')
  })

  it('requires the session’s CSRF token (403), issuing no code', async () => {
    const { requestId } = await atConsent()
    const before = protectedState()

    const answer = await decision({ decision: 'allow', requestId, csrfToken: 'forged' })

    expect(answer).toEqual({
      status: 403,
      body: { error: { code: 'csrf_invalid', message: MESSAGES.csrfInvalid } },
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expectRefusal(before, 'mynaportal', 'authorize.decision', 'csrf_invalid')
    expect((await pending()).body.requestId).toBe(requestId)
  })

  it('answers 404 flow_invalid for a request id that is not the one shown', async () => {
    const { csrfToken } = await atConsent()
    const before = protectedState()

    const answer = await decision({ decision: 'allow', requestId: 'another', csrfToken })

    expect(answer).toEqual({
      status: 404,
      body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expectRefusal(before, 'mynaportal', 'authorize.decision', 'flow_invalid')
  })

  it('answers 404 flow_invalid when no request is pending', async () => {
    const csrfToken = await mynaLogin()
    const before = protectedState()

    const answer = await decision({ decision: 'allow', requestId: 'x', csrfToken })

    expect(answer.status).toBe(404)
    expect(answer.body).toMatchObject({ error: { code: 'flow_invalid' } })
    expectRefusal(before, 'mynaportal', 'authorize.decision', 'flow_invalid')
  })

  it('refuses a decision that is neither allow nor deny with 400', async () => {
    const { csrfToken, requestId } = await atConsent()
    const before = protectedState()

    const answer = await decision({ decision: 'maybe', requestId, csrfToken })

    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: MESSAGES.invalidRequest } },
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expectRefusal(before, 'mynaportal', 'authorize.decision', 'invalid_request')
  })

  it('answers 同意 with a one-time code, the state and iss, bound to the request', async () => {
    const { csrfToken, requestId, request } = await atConsent()
    const before = protectedState()

    const answer = await decision({ decision: 'allow', requestId, csrfToken })

    const params = responseParams(locationOf(answer))
    expect(params).toEqual({
      code: expect.any(String),
      state: request.state,
      iss: MYNAPORTAL_ISSUER,
    })
    expect(mynaportalDb.read().codes).toEqual([
      {
        codeHash: await sha256(params.code!),
        clientId: 'hellowork',
        redirectUri: HELLOWORK_REDIRECT_URI,
        codeChallenge: new URLSearchParams(request.search).get('code_challenge'),
        nonce: request.nonce,
        sub: subjectOf('card-ashita'),
        sessionId: cookie('mynaportal', 'myna_sid'),
        expiresAt: Date.parse('2021-09-22T01:01:00.000Z'),
        used: false,
      },
    ])
    // Nothing is granted by 同意 alone: the connection waits for つながり完了 (⑤).
    expect(protectedState()).toEqual(before)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'authorize.decision',
      outcome: 'success',
      detail: { decision: 'allow' },
    })
  })

  it('answers 同意しない with error=access_denied, the state and iss, and no code', async () => {
    const { csrfToken, requestId, request } = await atConsent()
    const before = protectedState()

    const answer = await decision({ decision: 'deny', requestId, csrfToken })

    expect(responseParams(locationOf(answer))).toEqual({
      error: 'access_denied',
      state: request.state,
      iss: MYNAPORTAL_ISSUER,
    })
    expect(mynaportalDb.read().codes).toEqual([])
    expect(protectedState()).toEqual(before)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'authorize.decision',
      outcome: 'success',
      detail: { decision: 'deny' },
    })
  })

  it('answers a second click on 同意 with the same location and creates one code', async () => {
    const { csrfToken, requestId } = await atConsent()

    const first = await decision({ decision: 'allow', requestId, csrfToken })
    const second = await decision({ decision: 'allow', requestId, csrfToken })

    expect(second).toEqual(first)
    expect(mynaportalDb.read().codes).toHaveLength(1)
  })

  it('answers a double click sent before the first answer with one location and one code', async () => {
    const { csrfToken, requestId } = await atConsent()

    const [first, second] = await Promise.all([
      decision({ decision: 'allow', requestId, csrfToken }),
      decision({ decision: 'allow', requestId, csrfToken }),
    ])

    expect(first.status).toBe(200)
    expect(second).toEqual(first)
    expect(mynaportalDb.read().codes).toHaveLength(1)
  })

  it('keeps the first answer when 同意しない follows 同意', async () => {
    const { csrfToken, requestId } = await atConsent()
    const allowed = await decision({ decision: 'allow', requestId, csrfToken })
    const denied = await decision({ decision: 'deny', requestId, csrfToken })
    expect(denied).toEqual(allowed)
  })
})
