/** Wire types of the Mynaportal mock server (OpenID Provider). Paths are under MYNAPORTAL_API. */

export interface MynaUserSummary {
  displayName: string
}

/** GET /session → 200 | 401 unauthenticated */
export interface MynaSessionBody {
  user: MynaUserSummary
  csrfToken: string
}

/** A simulated My Number Card the login screen offers to "hold over the reader". */
export interface SimulatedCard {
  id: string
  holderName: string
  /** Shown on screen: practice secrets are hints, never real. */
  practicePin: string
}

/** GET /login/cards → 200 */
export interface CardListBody {
  cards: SimulatedCard[]
}

/** POST /login → 200 | 400 validation | 401 pin_incorrect | 404 card_unknown | 423 pin_locked */
export interface MynaLoginRequest {
  cardId: string
  pin: string
}

/** When a sign-in interrupted an authorization request, `location` returns to it. */
export interface MynaLoginBody extends MynaSessionBody {
  location?: string
}

/** POST /logout { csrfToken } → 204 */
export interface CsrfRequest {
  csrfToken: string
}

export interface ConnectableSite {
  id: string
  name: string
  description: string
  /** Only Hello Work is simulated; the others are listed for realism. */
  simulated: boolean
  connectedAt?: string
}

/** GET /connections → 200 | 401 */
export interface ConnectionListBody {
  connected: ConnectableSite[]
  notConnected: ConnectableSite[]
}

/**
 * POST /connections/:siteId/start { csrfToken } → 200 RedirectBody (Hello Work's login initiation)
 * | 401 | 403 csrf_invalid | 404 not_found | 409 already_connected | 422 site_not_simulated
 */

/**
 * GET /authorize?response_type&client_id&redirect_uri&scope&state&nonce&code_challenge
 *   &code_challenge_method&prompt → 200 AuthorizeBody (consent screen, login, or back to the client)
 *   | 400 invalid_request / invalid_client (shown as an error page, never redirected)
 */
export interface AuthorizeBody {
  location: string
  /**
   * With 同意確認 only: who the server found signed in, as GET /session would answer, so the
   * consent screen (drawn by a real server with the user's name) need not ask again.
   */
  session?: MynaSessionBody
}

/** GET /authorize/pending → 200 | 401 | 404 flow_invalid */
export interface PendingAuthorizationBody {
  /** Sent back with the decision, so a decision is for exactly the request that was shown. */
  requestId: string
  clientName: string
  /** What Hello Work will receive, listed on 同意確認. */
  claims: string[]
  csrfToken: string
}

/** POST /authorize/decision → 200 RedirectBody | 401 | 403 csrf_invalid | 404 flow_invalid */
export interface AuthorizationDecisionRequest extends CsrfRequest {
  requestId: string
  decision: 'allow' | 'deny'
}

/**
 * GET {issuer}/.well-known/openid-configuration → 200: the provider metadata (OpenID Connect
 * Discovery), each field as the standard names it.
 */
export interface ProviderMetadataBody {
  issuer: string
  authorization_endpoint: string
  token_endpoint: string
  userinfo_endpoint: string
  jwks_uri: string
  scopes_supported: string[]
  response_types_supported: string[]
  response_modes_supported: string[]
  grant_types_supported: string[]
  subject_types_supported: string[]
  id_token_signing_alg_values_supported: string[]
  token_endpoint_auth_methods_supported: string[]
  code_challenge_methods_supported: string[]
  prompt_values_supported: string[]
  claims_supported: string[]
  authorization_response_iss_parameter_supported: boolean
}

/**
 * POST /token (back channel, Hello Work → Mynaportal), application/x-www-form-urlencoded, the
 * client authenticated by `Authorization: Basic` (client_secret_basic) or by client_id and
 * client_secret in the body (client_secret_post) → 200 TokenBody (Cache-Control: no-store)
 * | 400 OAuthErrorBody invalid_request / invalid_grant / unsupported_grant_type
 * | 401 OAuthErrorBody invalid_client (with WWW-Authenticate when Basic was used)
 */
export interface TokenRequest {
  grant_type: 'authorization_code'
  code: string
  redirect_uri: string
  code_verifier: string
  client_id?: string
  client_secret?: string
}

/** The refusals of /token and /userinfo, in the standard shape (RFC 6749 §5.2, RFC 6750 §3). */
export interface OAuthErrorBody {
  error: string
  /** ASCII only, as the standard requires: the screens never show it. */
  error_description?: string
}

export interface TokenBody {
  access_token: string
  token_type: 'Bearer'
  expires_in: number
  id_token: string
}

/** GET /jwks → 200 */
export interface JwksBody {
  keys: JsonWebKey[]
}

/** GET /userinfo (Authorization: Bearer) → 200 | 401 OAuthErrorBody invalid_token, WWW-Authenticate */
export interface UserInfoBody {
  sub: string
}

/** Claims of the ID token Mynaportal signs (ES256). */
export interface IdTokenClaims {
  iss: string
  sub: string
  aud: string
  exp: number
  iat: number
  nonce: string
}

/**
 * POST /connections/complete { ticket, csrfToken } → 200 | 400 flow_invalid | 401 | 403 | 502
 * GET  /connections/complete → 200 (the completion this session last saw) | 401 | 404 flow_invalid
 */
export interface ConnectionCompleteRequest extends CsrfRequest {
  ticket: string
}

export interface ConnectionCompleteBody {
  site: ConnectableSite
}
