/**
 * One authorization request at Mynaportal: its parameters checked (client and redirect_uri by
 * exact match; a bad one is refused, never redirected to), where the browser goes next while the
 * session holds it, and the one-time code (60 s) that ends it, bound to client, redirect_uri,
 * challenge, nonce, subject and session.
 */
import { MESSAGES } from '@/contracts/errors'
import { MYNAPORTAL_ISSUER, MYNAPORTAL_ORIGIN } from '@/contracts/sites'
import { now } from '../../shared/clock'
import { refuse } from '../../shared/refusal'
import { randomToken, sha256 } from '../../shared/secrets'
import { mynaportalDb, type AuthorizationRequest, type MynaData } from '../db'
import { pairwiseSubject } from '../server'
import { spendSignOnIntent } from './signOnIntent'

const CODE_LIFETIME_MS = 60_000
const LOGIN_URL = `${MYNAPORTAL_ORIGIN}/login`
export const CONSENT_URL = `${MYNAPORTAL_ORIGIN}/connections/consent`

/** The authorization response to the client's redirect_uri, with `state` and `iss` (RFC 9207). */
export function authorizationResponse(
  request: AuthorizationRequest,
  params: Record<string, string>,
) {
  const query = new URLSearchParams({ ...params, state: request.state, iss: MYNAPORTAL_ISSUER })
  return `${request.redirectUri}?${query}`
}

/** The request GET /authorize carries, checked, or a refusal with no redirect. */
export function parseAuthorizationRequest(url: URL, data: MynaData): AuthorizationRequest {
  const param = (name: string) => url.searchParams.get(name) ?? ''
  const client = data.clients.find((c) => c.id === param('client_id'))
  if (!client) return refuse(400, 'invalid_client', MESSAGES.invalidClient)
  if (param('redirect_uri') !== client.redirectUri) {
    return refuse(400, 'invalid_request', MESSAGES.invalidRequest)
  }
  const prompt = param('prompt')
  const valid =
    param('response_type') === 'code' &&
    param('scope').split(' ').includes('openid') &&
    param('state').length >= 16 &&
    param('nonce').length >= 16 &&
    /^[A-Za-z0-9_-]{43}$/.test(param('code_challenge')) &&
    param('code_challenge_method') === 'S256' &&
    (prompt === '' || prompt === 'consent' || prompt === 'none')
  if (!valid) return refuse(400, 'invalid_request', MESSAGES.invalidRequest)
  return {
    id: randomToken(16),
    clientId: client.id,
    redirectUri: client.redirectUri,
    state: param('state'),
    nonce: param('nonce'),
    codeChallenge: param('code_challenge'),
    prompt: prompt as AuthorizationRequest['prompt'],
  }
}

/** Where the browser goes next for the authorization request this session holds. */
export async function continueAuthorization(request: Request, sessionId: string): Promise<string> {
  const code = randomToken()
  const codeHash = await sha256(code)
  return mynaportalDb.update((data) => {
    const session = data.sessions.find((s) => s.id === sessionId)
    const pending = session?.pendingAuthorization
    if (!session || !pending) return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
    if (!session.userId) {
      if (pending.prompt !== 'none') return LOGIN_URL
      // prompt=none may show nothing: the client hears why, and decides (OIDC Core §3.1.2.6).
      session.pendingAuthorization = undefined
      return authorizationResponse(pending, { error: 'login_required' })
    }
    const userId = session.userId
    const connected = data.connections.some(
      (c) => c.userId === userId && c.siteId === pending.clientId,
    )
    if (pending.prompt === 'consent' || (!connected && pending.prompt === '')) return CONSENT_URL
    if (!connected) {
      session.pendingAuthorization = undefined
      return authorizationResponse(pending, { error: 'consent_required' })
    }
    if (!spendSignOnIntent(session, pending.clientId)) {
      // Nobody pressed 利用する here: ask the person (同意確認), or tell a silent client why not.
      if (pending.prompt === '') return CONSENT_URL
      session.pendingAuthorization = undefined
      return authorizationResponse(pending, { error: 'interaction_required' })
    }
    // Already connected: single sign-on, no consent screen.
    session.pendingAuthorization = undefined
    issueCode(data, session.id, userId, pending, codeHash)
    return authorizationResponse(pending, { code })
  })
}

/** Stores a one-time code (only its hash) for this session's user and request. */
export function issueCode(
  data: MynaData,
  sessionId: string,
  userId: string,
  pending: AuthorizationRequest,
  codeHash: string,
): void {
  const client = data.clients.find((c) => c.id === pending.clientId)!
  data.codes.push({
    codeHash,
    clientId: pending.clientId,
    redirectUri: pending.redirectUri,
    codeChallenge: pending.codeChallenge,
    nonce: pending.nonce,
    sub: pairwiseSubject(data, userId, client.sectorId),
    sessionId,
    expiresAt: now() + CODE_LIFETIME_MS,
    used: false,
  })
}
