/**
 * Mynaportal's back channel (mocks/mynaportal/handlers/token.ts): POST /token, GET /jwks,
 * GET /userinfo. The tests play Hello Work: their own PKCE pair, state and nonce, and the client
 * secret Hello Work keeps in its own data, sent as the standard asks (a form body, Basic auth).
 */
import { describe, expect, it } from 'vitest'
import { MASK, type SequenceBody } from '@/contracts/sequence'
import type { IdTokenClaims, JwksBody, TokenBody } from '@/contracts/mynaportal'
import {
  HELLOWORK_REDIRECT_URI,
  MYNAPORTAL_API,
  MYNAPORTAL_ISSUER,
  SIMULATOR_API,
} from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { basicAuthorization } from '@mocks/shared/basicAuth'
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

interface Exchanged<T = TokenBody> {
  status: number
  body: T
  headers: Headers
}

/** A form-encoded POST /token; `authorization` null sends the client's credentials in the body. */
async function postToken(
  form: Record<string, string>,
  authorization: string | null = basicAuthorization('hellowork', helloworkDb.read().client.secret),
  contentType = 'application/x-www-form-urlencoded',
): Promise<Exchanged> {
  const headers: Record<string, string> = { 'content-type': contentType }
  if (authorization !== null) headers.authorization = authorization
  const body = contentType.includes('json')
    ? JSON.stringify(form)
    : new URLSearchParams(form).toString()
  const response = await fetch(`${MYNAPORTAL_API}/token`, { method: 'POST', headers, body })
  return { status: response.status, body: await response.json(), headers: response.headers }
}

function exchange(
  code: string,
  verifier: string,
  overrides: Record<string, string> = {},
  authorization?: string | null,
) {
  return postToken(
    {
      grant_type: 'authorization_code',
      code,
      redirect_uri: HELLOWORK_REDIRECT_URI,
      code_verifier: verifier,
      ...overrides,
    },
    authorization,
  )
}

async function userinfo(bearer?: string): Promise<Exchanged<unknown>> {
  const headers: Record<string, string> = bearer ? { authorization: `Bearer ${bearer}` } : {}
  const response = await fetch(`${MYNAPORTAL_API}/userinfo`, { headers })
  return { status: response.status, body: await response.json(), headers: response.headers }
}

const FINGERPRINT = new RegExp(`^${MASK} #[\\w-]{6}$`)

const INVALID_GRANT = {
  status: 400,
  body: { error: 'invalid_grant', error_description: expect.any(String) },
}

function decodeSegment(segment: string): unknown {
  return JSON.parse(new TextDecoder().decode(base64urlDecode(segment)))
}

describe('POST /token', () => {
  it('issues an access token and an ES256 ID token with iss, aud, nonce and the pairwise sub', async () => {
    const { code, verifier, nonce } = await issueCode()

    const answer = await exchange(code, verifier)

    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
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

  it('refuses a wrong client secret with 401 invalid_client and a Basic challenge, and leaves the code usable', async () => {
    const { code, verifier } = await issueCode()
    const before = serverState()

    const answer = await exchange(code, verifier, {}, basicAuthorization('hellowork', 'guessed'))

    expect(answer.status).toBe(401)
    expect(answer.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) })
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="mynaportal"')
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_client')
    expect((await exchange(code, verifier)).status).toBe(200)
  })

  it.each([
    ['an unknown client', basicAuthorization('evil', 'x')],
    ['a Basic header that is not base64', 'Basic %%%'],
    ['no client authentication at all', null],
  ])('refuses %s with 401 invalid_client', async (_, authorization) => {
    const { code, verifier } = await issueCode()
    const before = serverState()

    const answer = await exchange(code, verifier, {}, authorization)

    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ error: 'invalid_client' })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_client')
  })

  it('accepts client_secret_post as well, the credentials in the form', async () => {
    const { code, verifier } = await issueCode()
    const secret = helloworkDb.read().client.secret

    const answer = await exchange(
      code,
      verifier,
      { client_id: 'hellowork', client_secret: secret },
      null,
    )

    expect(answer.status).toBe(200)
    expect(answer.body.token_type).toBe('Bearer')
  })

  it.each([
    [
      'a JSON body',
      () => postToken({ grant_type: 'authorization_code' }, undefined, 'application/json'),
    ],
    [
      'two ways of client authentication at once',
      () =>
        postToken({
          grant_type: 'authorization_code',
          client_secret: helloworkDb.read().client.secret,
        }),
    ],
    [
      'a client_id other than the Basic one',
      () => postToken({ grant_type: 'authorization_code', client_id: 'other' }),
    ],
  ])('refuses %s with 400 invalid_request, issuing nothing', async (_, send) => {
    await issueCode()
    const before = serverState()

    const answer = await send()

    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) })
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_request')
  })

  it('refuses a repeated parameter with 400 invalid_request', async () => {
    const { code, verifier } = await issueCode()
    const before = serverState()
    const response = await fetch(`${MYNAPORTAL_API}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuthorization('hellowork', helloworkDb.read().client.secret),
      },
      body: `grant_type=authorization_code&code=${code}&code=${code}&code_verifier=${verifier}`,
    })

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_request' })
    expect(serverState()).toEqual(before)
  })

  it('refuses a grant type other than authorization_code with 400 unsupported_grant_type', async () => {
    const { code, verifier } = await issueCode()
    const before = serverState()

    const answer = await exchange(code, verifier, { grant_type: 'password' })

    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      error: 'unsupported_grant_type',
      error_description: expect.any(String),
    })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'unsupported_grant_type')
  })

  it('keeps the client secret, the code and the verifier masked in 「画面の裏側」', async () => {
    const { code, verifier } = await issueCode()
    await exchange(code, verifier)
    const log = await call<SequenceBody>(`${SIMULATOR_API}/sequence`)
    const entry = log.body.entries.find((e) => e.endpoint === '/token')!

    expect(entry.request).toMatchObject({
      client_id: 'hellowork',
      grant_type: 'authorization_code',
      redirect_uri: HELLOWORK_REDIRECT_URI,
      client_secret: expect.stringMatching(FINGERPRINT),
      code: expect.stringMatching(FINGERPRINT),
      code_verifier: expect.stringMatching(FINGERPRINT),
    })
    const text = JSON.stringify(log.body)
    for (const secret of [helloworkDb.read().client.secret, code, verifier]) {
      expect(text).not.toContain(secret)
    }
  })

  it('names the OAuth error of a refusal in 「画面の裏側」', async () => {
    await issueCode()
    await exchange('made-up', 'x'.repeat(43))
    const log = await call<SequenceBody>(`${SIMULATOR_API}/sequence`)

    expect(log.body.entries.find((e) => e.endpoint === '/token')).toMatchObject({
      status: 400,
      outcome: 'failure',
      code: 'invalid_grant',
    })
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

    expect(answer).toMatchObject(INVALID_GRANT)
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

    expect(answer).toMatchObject(INVALID_GRANT)
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

    expect(replay).toMatchObject(INVALID_GRANT)
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

    expect(await exchange(code, verifier)).toMatchObject(INVALID_GRANT)
    expectRefusal(before, 'mynaportal', 'token.exchange', 'invalid_grant')
    expect(mynaportalDb.read().accessTokens).toEqual([])
  })

  it('refuses a code once another card holder signed in on that browser', async () => {
    const { code, verifier } = await issueCode()
    await mynaLogin('card-yamada', '5678')
    const before = protectedState()

    expect(await exchange(code, verifier)).toMatchObject(INVALID_GRANT)
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

    const answer = await userinfo(token)
    expect(answer).toMatchObject({ status: 200, body: { sub: subjectOf('card-ashita') } })
    expect(answer.headers.get('cache-control')).toBe('no-store')
    expect(lastAudit('mynaportal')).toMatchObject({ type: 'userinfo.read', outcome: 'success' })
  })

  it('answers 401 to no token with a Bearer challenge and no error code (RFC 6750)', async () => {
    await issueCode()
    const before = protectedState()

    const answer = await userinfo()

    expect(answer.status).toBe(401)
    expect(answer.body).toMatchObject({ error: 'invalid_token' })
    expect(answer.headers.get('www-authenticate')).toBe(`Bearer realm="${MYNAPORTAL_ISSUER}"`)
    expectRefusal(before, 'mynaportal', 'userinfo.read', 'invalid_token')
  })

  it('answers 401 invalid_token to a made-up token, in the body and the challenge', async () => {
    await issueCode()
    const before = protectedState()

    const answer = await userinfo('made-up')

    expect(answer.status).toBe(401)
    expect(answer.body).toEqual({ error: 'invalid_token', error_description: expect.any(String) })
    expect(answer.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="[^"]+", error="invalid_token", error_description="[ -~]+"$/,
    )
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
