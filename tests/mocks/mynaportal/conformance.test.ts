/**
 * Mynaportal as a spec-conformant OpenID Connect client sees it: oauth4webapi drives discovery,
 * the authorization request, the callback (state, iss), the token exchange with
 * client_secret_basic, the ID token (claims and signature) and UserInfo, unchanged. The only
 * adaptations are the simulator's own: a navigation is a JSON answer `{ location }` the test
 * follows as the screens do, and the library's clock is told the simulated clock's offset.
 */
import * as oauth from 'oauth4webapi'
import { describe, expect, it } from 'vitest'
import type { RedirectBody } from '@/contracts/navigation'
import {
  HELLOWORK_CLIENT_ID,
  HELLOWORK_REDIRECT_URI,
  MYNAPORTAL_API,
  MYNAPORTAL_ISSUER,
} from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { now } from '@mocks/shared/clock'
import {
  call,
  decide,
  linkThroughProtocol,
  locationOf,
  mynaLogin,
  seedServers,
} from '../../support/protocol'
import { subjectOf } from '../../support/serverState'

// Not the protocol but the test's environment: jsdom's window brings its own ArrayBuffer, so
// Web Crypto's results (Node's) fail the library's `instanceof ArrayBuffer`. A browser has one.
const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(0))
globalThis.ArrayBuffer = digest.constructor as ArrayBufferConstructor

const issuer = new URL(MYNAPORTAL_ISSUER)

async function discover(): Promise<oauth.AuthorizationServer> {
  return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer))
}

/** Hello Work's registration, with the library's clock moved to the simulated one. */
function registeredClient(): oauth.Client {
  const skew = Math.floor(now() / 1000) - Math.floor(Date.now() / 1000)
  return { client_id: HELLOWORK_CLIENT_ID, [oauth.clockSkew]: skew }
}

const clientAuth = () => oauth.ClientSecretBasic(helloworkDb.read().client.secret)

interface Started {
  as: oauth.AuthorizationServer
  client: oauth.Client
  verifier: string
  state: string
  nonce: string
  /** Where /authorize sent the browser: 同意確認, or straight back to the redirect_uri. */
  next: URL
}

/** The library builds the authorization URL; the browser opens it (a JSON answer here). */
async function startAuthorization(prompt: 'consent' | 'none'): Promise<Started> {
  const as = await discover()
  const client = registeredClient()
  const verifier = oauth.generateRandomCodeVerifier()
  const state = oauth.generateRandomState()
  const nonce = oauth.generateRandomNonce()
  const url = new URL(as.authorization_endpoint!)
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: HELLOWORK_REDIRECT_URI,
    response_type: 'code',
    scope: 'openid',
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    prompt,
  }).toString()
  // The authorization page forwards its query to the API (the JSON front channel).
  const answer = await call<RedirectBody>(`${MYNAPORTAL_API}${url.pathname}${url.search}`)
  return { as, client, verifier, state, nonce, next: locationOf(answer) }
}

/** The callback, the token exchange, the ID token and UserInfo, all by the library. */
async function finish(started: Started, callbackUrl: URL) {
  const { as, client, verifier, state, nonce } = started
  const params = oauth.validateAuthResponse(as, client, callbackUrl, state)
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    clientAuth(),
    params,
    HELLOWORK_REDIRECT_URI,
    verifier,
  )
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: nonce,
    requireIdToken: true,
  })
  await oauth.validateApplicationLevelSignature(as, response)
  const claims = oauth.getValidatedIdTokenClaims(tokens)!
  const userinfo = await oauth.processUserInfoResponse(
    as,
    client,
    claims.sub,
    await oauth.userInfoRequest(as, client, tokens.access_token),
  )
  return { params, tokens, claims, userinfo }
}

describe('Mynaportal driven by oauth4webapi', () => {
  it('publishes discovery metadata the library accepts, under the issuer', async () => {
    await seedServers()
    const as = await discover()

    expect(as).toMatchObject({
      issuer: MYNAPORTAL_ISSUER,
      token_endpoint: `${MYNAPORTAL_API}/token`,
      jwks_uri: `${MYNAPORTAL_API}/jwks`,
      userinfo_endpoint: `${MYNAPORTAL_API}/userinfo`,
      id_token_signing_alg_values_supported: ['ES256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: expect.arrayContaining(['client_secret_basic']),
      authorization_response_iss_parameter_supported: true,
    })
  })

  it('runs the code flow: consent, callback with iss, token exchange, ID token, UserInfo', async () => {
    await mynaLogin()
    const started = await startAuthorization('consent')
    expect(started.next.href).toBe('https://mynaportal.example/connections/consent')

    const { params, tokens, claims, userinfo } = await finish(started, await decide('allow'))

    expect(params.get('code')).toEqual(expect.any(String))
    expect(tokens.token_type).toBe('bearer')
    expect(claims).toMatchObject({
      iss: MYNAPORTAL_ISSUER,
      aud: HELLOWORK_CLIENT_ID,
      sub: subjectOf('card-ashita'),
      nonce: started.nonce,
    })
    expect(userinfo.sub).toBe(claims.sub)
  })

  it('runs single sign-on: 利用する, then prompt=none answers with a code, no screen', async () => {
    const { csrfToken } = await linkThroughProtocol()
    locationOf(await call(`${MYNAPORTAL_API}/connections/hellowork/use`, { body: { csrfToken } }))

    const started = await startAuthorization('none')
    expect(`${started.next.origin}${started.next.pathname}`).toBe(HELLOWORK_REDIRECT_URI)

    const { claims, userinfo } = await finish(started, started.next)
    expect(claims.sub).toBe(subjectOf('card-ashita'))
    expect(userinfo.sub).toBe(claims.sub)
  })

  it('answers prompt=none without a Mynaportal session with login_required, which the library reports', async () => {
    await seedServers()
    const started = await startAuthorization('none')

    expect(() =>
      oauth.validateAuthResponse(started.as, started.client, started.next, started.state),
    ).toThrow(expect.objectContaining({ error: 'login_required' }))
  })

  it('refuses a replayed code with invalid_grant, in the shape the library reads', async () => {
    await mynaLogin()
    const started = await startAuthorization('consent')
    const callbackUrl = await decide('allow')
    await finish(started, callbackUrl)
    const params = oauth.validateAuthResponse(
      started.as,
      started.client,
      callbackUrl,
      started.state,
    )

    const replay = await oauth.authorizationCodeGrantRequest(
      started.as,
      started.client,
      clientAuth(),
      params,
      HELLOWORK_REDIRECT_URI,
      started.verifier,
    )
    await expect(
      oauth.processAuthorizationCodeResponse(started.as, started.client, replay),
    ).rejects.toMatchObject({ error: 'invalid_grant', status: 400 })
  })

  it('refuses a wrong client secret with a Basic challenge the library reads', async () => {
    await mynaLogin()
    const started = await startAuthorization('consent')
    const params = oauth.validateAuthResponse(
      started.as,
      started.client,
      await decide('allow'),
      started.state,
    )

    const response = await oauth.authorizationCodeGrantRequest(
      started.as,
      started.client,
      oauth.ClientSecretBasic('guessed'),
      params,
      HELLOWORK_REDIRECT_URI,
      started.verifier,
    )
    await expect(
      oauth.processAuthorizationCodeResponse(started.as, started.client, response),
    ).rejects.toMatchObject({
      code: oauth.WWW_AUTHENTICATE_CHALLENGE,
      cause: [expect.objectContaining({ scheme: 'basic' })],
    })
  })

  it('refuses UserInfo after the session ends with a Bearer invalid_token challenge', async () => {
    const csrfToken = await mynaLogin()
    const started = await startAuthorization('consent')
    const { tokens } = await finish(started, await decide('allow'))
    await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken } })

    const response = await oauth.userInfoRequest(started.as, started.client, tokens.access_token)
    await expect(
      oauth.processUserInfoResponse(started.as, started.client, oauth.skipSubjectCheck, response),
    ).rejects.toMatchObject({
      code: oauth.WWW_AUTHENTICATE_CHALLENGE,
      cause: [
        expect.objectContaining({
          scheme: 'bearer',
          parameters: expect.objectContaining({ error: 'invalid_token' }),
        }),
      ],
    })
  })

  it('rejects an authorization response without iss, as RFC 9207 asks of the library', async () => {
    await mynaLogin()
    const started = await startAuthorization('consent')
    const callbackUrl = await decide('allow')
    callbackUrl.searchParams.delete('iss')

    expect(() =>
      oauth.validateAuthResponse(started.as, started.client, callbackUrl, started.state),
    ).toThrow()
  })
})
