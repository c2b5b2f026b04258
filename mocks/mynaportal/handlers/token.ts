/**
 * The back channel Hello Work calls (never the browser), as any OpenID Connect client expects it.
 * 1. POST /token     form-encoded code + PKCE verifier, client_secret_basic (or _post) → access
 *                    token and an ES256-signed ID token, never cached. The code is single-use (a
 *                    replay also revokes what it issued), lives 60 s, and must come with the same
 *                    client and redirect_uri, and a verifier whose S256 hash is the challenge.
 *                    The session it was issued under must still be signed in.
 * 2. GET  /jwks      the public key for checking ID token signatures
 * 3. GET  /userinfo  `sub` for a live access token; dies with the session it was issued under
 * Refusals are `{ error, error_description }`, a 401 with its `WWW-Authenticate` challenge.
 */
import { HttpResponse } from 'msw'
import type { IdTokenClaims, JwksBody, TokenBody, UserInfoBody } from '@/contracts/mynaportal'
import { MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { now } from '../../shared/clock'
import { bearerToken } from '../../shared/endpoint'
import { signJws } from '../../shared/jws'
import { isSessionLive } from '../../shared/sessionLifetime'
import {
  BASIC_CHALLENGE,
  clientCredentials,
  NO_STORE,
  oauthFail,
  readFormBody,
} from '../../shared/oauth'
import {
  constantTimeEqual,
  matchesDigest,
  pkceChallenge,
  randomToken,
  sha256,
} from '../../shared/secrets'
import { mynaportalDb } from '../db'
import { defineEndpoint } from '../server'

const ACCESS_TOKEN_LIFETIME_S = 600
const ID_TOKEN_LIFETIME_S = 300
const USERINFO_CHALLENGE = `Bearer realm="${MYNAPORTAL_ISSUER}"`
const invalidTokenChallenge = (description: string) =>
  `${USERINFO_CHALLENGE}, error="invalid_token", error_description="${description}"`

export const tokenHandlers = [
  defineEndpoint('POST /token', { event: 'token.exchange' }, async ({ request, note }) => {
    const form = await readFormBody(request)
    const field = (name: string) => form[name] ?? ''
    const credentials = clientCredentials(request, form)
    const snapshot = mynaportalDb.read()
    const client = snapshot.clients.find((c) => c.id === credentials.id)
    if (!client || !(await matchesDigest(credentials.secret, client.secretDigest))) {
      const challenge = credentials.viaHeader ? BASIC_CHALLENGE : undefined
      return oauthFail(401, 'invalid_client', 'client authentication failed', challenge)
    }
    note({ clientId: client.id })
    if (field('grant_type') !== 'authorization_code') {
      return oauthFail(400, 'unsupported_grant_type', 'only authorization_code is supported')
    }
    const codeHash = await sha256(field('code'))
    const challenge = await pkceChallenge(field('code_verifier'))
    const accessToken = randomToken()
    const accessTokenHash = await sha256(accessToken)

    type Grant = { sub: string; nonce: string } | { refused: string }
    const grant = await mynaportalDb.update((data): Grant => {
      const code = data.codes.find((c) => c.codeHash === codeHash)
      if (!code) return { refused: 'unknown code' }
      if (code.used) {
        // A code presented twice may be stolen: revoke what the first use gave (RFC 6749 §4.1.2).
        data.accessTokens = data.accessTokens.filter((t) => t.sessionId !== code.sessionId)
        return { refused: 'code replayed' }
      }
      code.used = true
      const session = data.sessions.find((s) => s.id === code.sessionId)
      if (session?.pendingAuthorization) session.pendingAuthorization = undefined
      if (code.expiresAt <= now()) return { refused: 'code expired' }
      if (code.clientId !== client.id) return { refused: 'other client' }
      if (code.redirectUri !== field('redirect_uri')) return { refused: 'redirect_uri mismatch' }
      if (!constantTimeEqual(code.codeChallenge, challenge)) return { refused: 'PKCE mismatch' }
      if (!session?.userId) return { refused: 'session ended' }
      data.accessTokens.push({
        tokenHash: accessTokenHash,
        sub: code.sub,
        clientId: client.id,
        sessionId: code.sessionId,
        expiresAt: now() + ACCESS_TOKEN_LIFETIME_S * 1000,
      })
      return { sub: code.sub, nonce: code.nonce }
    })
    if ('refused' in grant) {
      note({ reason: grant.refused })
      return oauthFail(400, 'invalid_grant', 'the code is invalid, expired or already used')
    }

    const issuedAt = Math.floor(now() / 1000)
    const claims: IdTokenClaims = {
      iss: MYNAPORTAL_ISSUER,
      sub: grant.sub,
      aud: client.id,
      iat: issuedAt,
      exp: issuedAt + ID_TOKEN_LIFETIME_S,
      nonce: grant.nonce,
    }
    return HttpResponse.json<TokenBody>(
      {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_LIFETIME_S,
        id_token: await signJws(claims, snapshot.signingKey),
      },
      { headers: NO_STORE },
    )
  }),

  defineEndpoint('GET /jwks', { event: 'jwks.read', auditSuccess: false }, async () =>
    HttpResponse.json<JwksBody>({ keys: [mynaportalDb.read().signingKey.publicJwk] }),
  ),

  defineEndpoint('GET /userinfo', { event: 'userinfo.read' }, async ({ request }) => {
    const bearer = bearerToken(request)
    // No credentials at all: a challenge without an error code (RFC 6750 §3.1).
    if (bearer === undefined) {
      return oauthFail(401, 'invalid_token', 'no access token', USERINFO_CHALLENGE)
    }
    const tokenHash = await sha256(bearer)
    const data = mynaportalDb.read()
    const token = data.accessTokens.find((t) => t.tokenHash === tokenHash)
    const session = token && data.sessions.find((s) => s.id === token.sessionId)
    if (!token || token.expiresAt <= now() || !session?.userId || !isSessionLive(session)) {
      const description = 'the access token is invalid or expired'
      return oauthFail(401, 'invalid_token', description, invalidTokenChallenge(description))
    }
    return HttpResponse.json<UserInfoBody>({ sub: token.sub }, { headers: NO_STORE })
  }),
]
