/**
 * Hello Work's half of the token request: the code and the PKCE verifier go to Mynaportal's
 * /token as any OpenID Connect client sends them (a form body, client_secret_basic), then the ID
 * token's signature, iss, aud, exp, iat (not ahead beyond a small skew) and nonce are checked.
 */
import type { IdTokenClaims, JwksBody, TokenBody } from '@/contracts/mynaportal'
import { HELLOWORK_REDIRECT_URI, MYNAPORTAL_API, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { callBackChannel, isRefusal } from '../../shared/backChannel'
import type { ServerFetch } from '../../shared/serverFetch'
import { now } from '../../shared/clock'
import { verifyJws } from '../../shared/jws'
import { constantTimeEqual } from '../../shared/secrets'
import type { AuthTransaction, HwData } from '../db'

/** The clocks of two real servers differ a little; a token from further ahead was not made now. */
export const IAT_SKEW_MS = 60_000

export type Exchanged =
  { claims: IdTokenClaims; accessToken: string } | { refused: true } | { unreachable: true }

/** Code → tokens → verified claims, or the reason it failed. Changes nothing at Hello Work. */
export async function exchangeCode(
  serverFetch: ServerFetch,
  tx: AuthTransaction,
  code: string,
  data: HwData,
): Promise<Exchanged> {
  // The keys first: a failure to fetch them must not cost the one-time code, so 再試行 can reuse it.
  const jwks = await callBackChannel<JwksBody>(serverFetch, `${MYNAPORTAL_API}/jwks`, {
    method: 'GET',
  })
  if (!jwks.ok) return { unreachable: true }
  const token = await callBackChannel<TokenBody>(serverFetch, `${MYNAPORTAL_API}/token`, {
    method: 'POST',
    form: {
      grant_type: 'authorization_code',
      code,
      redirect_uri: HELLOWORK_REDIRECT_URI,
      code_verifier: tx.codeVerifier,
    },
    basic: { id: data.client.id, secret: data.client.secret },
  })
  if (!token.ok) return isRefusal(token) ? { refused: true } : { unreachable: true }
  const claims = (await verifyJws(token.body.id_token, jwks.body.keys)) as IdTokenClaims | null
  return claims !== null && claimsHold(claims, tx, data)
    ? { claims, accessToken: token.body.access_token }
    : { refused: true }
}

function claimsHold(claims: IdTokenClaims, tx: AuthTransaction, data: HwData): boolean {
  return (
    claims.iss === MYNAPORTAL_ISSUER &&
    claims.aud === data.client.id &&
    claims.exp * 1000 > now() &&
    typeof claims.iat === 'number' &&
    claims.iat * 1000 <= now() + IAT_SKEW_MS &&
    typeof claims.sub === 'string' &&
    constantTimeEqual(claims.nonce ?? '', tx.nonce)
  )
}
