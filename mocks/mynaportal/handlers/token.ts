/**
 * The back channel Hello Work calls (never the browser).
 * 1. POST /token     code + PKCE verifier + client credentials → access token and an ES256-signed
 *                    ID token. The code is single-use (a replay also revokes what it issued),
 *                    lives 60 s, and must come with the same client and redirect_uri, and a
 *                    verifier whose S256 hash is the challenge (R1). The session it was issued
 *                    under must still be signed in: a change of user mid-flow ends it (R5).
 * 2. GET  /jwks      the public key for checking ID token signatures
 * 3. GET  /userinfo  `sub` for a live access token; dies with the session it was issued under
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { IdTokenClaims, JwksBody, TokenBody, UserInfoBody } from '@/contracts/mynaportal'
import { MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { now } from '../../shared/clock'
import { bearerToken, fail, readJsonBody, stringField } from '../../shared/endpoint'
import { signJws } from '../../shared/jws'
import { isSessionLive } from '../../shared/sessionLifetime'
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

export const tokenHandlers = [
  defineEndpoint('post', '/token', { event: 'token.exchange' }, async ({ request, note }) => {
    const body = await readJsonBody(request)
    const field = (name: string) => stringField(body, name)
    const snapshot = mynaportalDb.read()
    const client = snapshot.clients.find((c) => c.id === field('client_id'))
    if (!client || !(await matchesDigest(field('client_secret'), client.secretDigest))) {
      return fail(401, 'invalid_client', MESSAGES.invalidClient)
    }
    note({ clientId: client.id })
    if (field('grant_type') !== 'authorization_code') {
      return fail(400, 'invalid_request', MESSAGES.invalidRequest)
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
      return fail(400, 'invalid_grant', MESSAGES.invalidGrant)
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
    return HttpResponse.json<TokenBody>({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: ACCESS_TOKEN_LIFETIME_S,
      id_token: await signJws(claims, snapshot.signingKey),
    })
  }),

  defineEndpoint('get', '/jwks', { event: 'jwks.read', auditSuccess: false }, async () =>
    HttpResponse.json<JwksBody>({ keys: [mynaportalDb.read().signingKey.publicJwk] }),
  ),

  defineEndpoint('get', '/userinfo', { event: 'userinfo.read' }, async ({ request }) => {
    const tokenHash = await sha256(bearerToken(request) ?? '')
    const data = mynaportalDb.read()
    const token = data.accessTokens.find((t) => t.tokenHash === tokenHash)
    const session = token && data.sessions.find((s) => s.id === token.sessionId)
    if (!token || token.expiresAt <= now() || !session?.userId || !isSessionLive(session)) {
      return fail(401, 'invalid_token', MESSAGES.invalidToken)
    }
    return HttpResponse.json<UserInfoBody>({ sub: token.sub })
  }),
]
