/**
 * Mynaportal's back channel (mocks/mynaportal/handlers/token.ts): POST /token, GET /jwks,
 * GET /userinfo. The tests play Hello Work: their own PKCE pair, state and nonce, and the client
 * secret Hello Work keeps in its own data.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { IdTokenClaims, JwksBody, TokenBody } from '@/contracts/mynaportal'
import { HELLOWORK_REDIRECT_URI, MYNAPORTAL_API, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { verifyJws } from '@mocks/shared/jws'
import { base64urlDecode } from '@mocks/shared/secrets'
import {
  advanceClock,
  call,
  clientRequest,
  decide,
  locationOf,
  mynaLogin,
} from '../../support/protocol'
import {
  expectRefusal,
  lastAudit,
  protectedState,
  serverState,
  subjectOf,
} from '../../support/serverState'

/** Signs in, asks for consent and gives it: the code Hello Work would receive, and its request. */
async function issueCode(cardId = 'card-ashita', pin = '1234') {
  const csrfToken = await mynaLogin(cardId, pin)
  const request = await clientRequest()
  locationOf(await call(`${MYNAPORTAL_API}/authorize${request.search}`))
  const code = (await decide('allow')).searchParams.get('code')!
  return { ...request, code, csrfToken }
}

function exchange(code: string, verifier: string, overrides: Record<string, string> = {}) {
  return call<TokenBody>(`${MYNAPORTAL_API}/token`, {
    body: {
      grant_type: 'authorization_code',
      code,
      redirect_uri: HELLOWORK_REDIRECT_URI,
      code_verifier: verifier,
      client_id: 'hellowork',
      client_secret: helloworkDb.read().client.secret,
      ...overrides,
    },
  })
}

const userinfo = (bearer?: string) => call(`${MYNAPORTAL_API}/userinfo`, { bearer })

const INVALID_GRANT = {
  status: 400,
  body: { error: { code: 'invalid_grant', message: MESSAGES.invalidGrant } },
}

function decodeSegment(segment: string): unknown {
  return JSON.parse(new TextDecoder().decode(base64urlDecode(segment)))
}

describe('POST /token', () => {
  it('issues an access token and an ES256 ID token with iss, aud, nonce and the pairwise sub', async () => {
    const { code, verifier, nonce } = await issueCode()

    const answer = await exchange(code, verifier)

    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 600,
      id_token: expect.any(String),
    })
    const [header, payload] = answer.body.id_token.split('.')
    const jwks = (await call<JwksBody>(`${MYNAPORTAL_API}/jwks`)).body
    expect(decodeSegment(header!)).toEqual({
      alg: 'ES256',
      typ: 'JWT',
      kid: (jwks.keys[0] as { kid: string }).kid,
    })
    const issuedAt = Date.parse('2021-09-22T01:00:00.000Z') / 1000
    const claims: IdTokenClaims = {
      iss: MYNAPORTAL_ISSUER,
      sub: subjectOf('card-ashita'),
      aud: 'hellowork',
      iat: issuedAt,
      exp: issuedAt + 300,
      nonce,
    }
    expect(decodeSegment(payload!)).toEqual(claims)
    expect(await verifyJws(answer.body.id_token, jwks.keys)).toEqual(claims)
    expect(mynaportalDb.read().codes[0]!.used).toBe(true)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'token.exchange',
      outcome: 'success',
      detail: { clientId: 'hellowork' },
    })
  })

  it('gives each card holder a different subject, never the card or user id', async () => {
    const first = await issueCode('card-ashita', '1234')
    const firstToken = await exchange(first.code, first.verifier)
    const second = await issueCode('card-yamada', '5678')
    const secondToken = await exchange(second.code, second.verifier)

    const subOf = (token: TokenBody) =>
      (decodeSegment(token.id_token.split('.')[1]!) as IdTokenClaims).sub
    expect(subOf(firstToken.body)).not.toBe(subOf(secondToken.body))
    for (const token of [firstToken.body, secondToken.body]) {
      expect(subOf(token)).not.toMatch(/myna-user|card-/)
    }
  })

  it('refuses a wrong client secret with 401 invalid_client and leaves the code usable', async () => {
    const { code, verifier } = await issueCode()
    const before = serverState()

    const answer = await exchange(code, verifier, { client_secret: 'guessed' })

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'invalid_client', message: MESSAGES.invalidClient } },
    })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_client')
    expect((await exchange(code, verifier)).status).toBe(200)
  })

  it('refuses an unknown client with 401 invalid_client', async () => {
    const { code, verifier } = await issueCode()
    const before = serverState()

    const answer = await exchange(code, verifier, { client_id: 'evil' })

    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ error: { code: 'invalid_client' } })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_client')
  })

  it('refuses a grant type other than authorization_code with 400 invalid_request', async () => {
    const { code, verifier } = await issueCode()
    const before = serverState()

    const answer = await exchange(code, verifier, { grant_type: 'password' })

    expect(answer).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: MESSAGES.invalidRequest } },
    })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_request')
  })

  it.each([
    ['an unknown code', { code: 'made-up' }, 'unknown code'],
    ['another redirect_uri', { redirect_uri: 'https://evil.example/cb' }, 'redirect_uri mismatch'],
    ['a wrong PKCE verifier', { code_verifier: 'x'.repeat(64) }, 'PKCE mismatch'],
    ['no PKCE verifier', { code_verifier: '' }, 'PKCE mismatch'],
  ])('refuses %s with 400 invalid_grant, issuing no token', async (_, overrides, reason) => {
    const { code, verifier } = await issueCode()
    const before = protectedState()

    const answer = await exchange(code, verifier, overrides)

    expect(answer).toEqual(INVALID_GRANT)
    expect(mynaportalDb.read().accessTokens).toEqual([])
    expect(protectedState()).toEqual(before)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'token.exchange',
      outcome: 'failure',
      code: 'invalid_grant',
      detail: { reason },
    })
  })

  it('refuses a code after its 60 seconds (two simulated minutes later)', async () => {
    const { code, verifier } = await issueCode()
    await advanceClock(2)
    const before = protectedState()

    const answer = await exchange(code, verifier)

    expect(answer).toEqual(INVALID_GRANT)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_grant')
    expect(mynaportalDb.read().accessTokens).toEqual([])
    expect(lastAudit('mynaportal')).toMatchObject({
      code: 'invalid_grant',
      detail: { reason: 'code expired' },
    })
  })

  it('refuses a replayed code and revokes the access token its first use gave', async () => {
    const { code, verifier } = await issueCode()
    const first = await exchange(code, verifier)
    expect((await userinfo(first.body.access_token)).status).toBe(200)
    const before = protectedState()

    const replay = await exchange(code, verifier)

    expect(replay).toEqual(INVALID_GRANT)
    expect(protectedState()).toEqual(before)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'token.exchange',
      outcome: 'failure',
      code: 'invalid_grant',
      detail: { reason: 'code replayed' },
    })
    expect(mynaportalDb.read().accessTokens).toEqual([])
    expect((await userinfo(first.body.access_token)).status).toBe(401)
  })

  it('refuses a code whose Mynaportal session has signed out', async () => {
    const { code, verifier, csrfToken } = await issueCode()
    await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken } })
    const before = protectedState()

    expect(await exchange(code, verifier)).toEqual(INVALID_GRANT)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_grant')
    expect(mynaportalDb.read().accessTokens).toEqual([])
  })

  it('refuses a code once another card holder signed in on that browser (R5)', async () => {
    const { code, verifier } = await issueCode()
    await mynaLogin('card-yamada', '5678')
    const before = protectedState()

    expect(await exchange(code, verifier)).toEqual(INVALID_GRANT)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_grant')
    expect(mynaportalDb.read().accessTokens).toEqual([])
  })
})

describe('GET /jwks', () => {
  it('publishes the public ES256 key only', async () => {
    const answer = await call<JwksBody>(`${MYNAPORTAL_API}/jwks`)

    expect(answer.status).toBe(200)
    expect(answer.body.keys).toEqual([
      {
        kty: 'EC',
        crv: 'P-256',
        x: expect.any(String),
        y: expect.any(String),
        kid: expect.any(String),
        alg: 'ES256',
        use: 'sig',
        ext: true,
        key_ops: ['verify'],
      },
    ])
    expect(answer.body.keys[0]).not.toHaveProperty('d')
  })
})

describe('GET /userinfo', () => {
  it('answers the pairwise sub for a live access token', async () => {
    const { code, verifier } = await issueCode()
    const token = (await exchange(code, verifier)).body.access_token

    expect(await userinfo(token)).toEqual({ status: 200, body: { sub: subjectOf('card-ashita') } })
    expect(lastAudit('mynaportal')).toMatchObject({ type: 'userinfo.read', outcome: 'success' })
  })

  it.each([
    ['no token', undefined],
    ['a made-up token', 'made-up'],
  ])('answers 401 invalid_token to %s', async (_, bearer) => {
    await issueCode()
    const before = protectedState()

    const answer = await userinfo(bearer)

    expect(answer).toEqual({
      status: 401,
      body: { error: { code: 'invalid_token', message: MESSAGES.invalidToken } },
    })
    expectRefusal(before, 'mynaportal', 'userinfo.read', 'invalid_token')
  })

  it('answers 401 once the Mynaportal session the token was issued under logs out', async () => {
    const { code, verifier, csrfToken } = await issueCode()
    const token = (await exchange(code, verifier)).body.access_token

    await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken } })
    const before = protectedState()

    expect((await userinfo(token)).status).toBe(401)
    expectRefusal(before, 'mynaportal', 'userinfo.read', 'invalid_token')
  })

  it('answers 401 after the access token’s ten minutes', async () => {
    const { code, verifier } = await issueCode()
    const token = (await exchange(code, verifier)).body.access_token

    await advanceClock(11)
    const before = protectedState()

    expect((await userinfo(token)).status).toBe(401)
    expectRefusal(before, 'mynaportal', 'userinfo.read', 'invalid_token')
  })
})
