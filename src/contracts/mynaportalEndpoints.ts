/**
 * Mynaportal's endpoints (the OpenID Provider), under MYNAPORTAL_API, in the order the trainer
 * console lists them for injecting a fault. /token and /userinfo are called by Hello Work's back
 * channel and refuse in the OAuth shape (OAuthErrorBody), not the servers' own.
 */
import { routeList, type Endpoint } from './endpoint'
import type {
  AuthorizationDecisionRequest,
  AuthorizeBody,
  CardListBody,
  ConnectionCompleteBody,
  ConnectionCompleteRequest,
  ConnectionListBody,
  CsrfRequest,
  JwksBody,
  MynaLoginBody,
  MynaLoginRequest,
  MynaSessionBody,
  PendingAuthorizationBody,
  ProviderMetadataBody,
  TokenBody,
  TokenRequest,
  UserInfoBody,
} from './mynaportal'
import type {
  LoginApprovalBody,
  LoginApprovalRequest,
  LoginClaimBody,
  LoginRequestBody,
  LoginRequestIssue,
  LoginRequestReadBody,
} from './mynaSignIn'
import type { RedirectBody } from './navigation'

type SignedIn = 'unauthenticated' | 'session_expired'
type Site = 'not_found' | 'site_not_simulated'
/** Why the app or the browser can no longer use a login request. */
type Spent = 'not_found' | 'login_request_expired' | 'login_request_used' | 'login_request_replaced'

export interface MynaportalEndpoints {
  /** The query is the authorization request exactly as the front channel delivered it. */
  'GET /authorize': Endpoint<undefined, AuthorizeBody, 'invalid_request' | 'invalid_client'>
  /** What 同意確認 shows. */
  'GET /authorize/pending': Endpoint<undefined, PendingAuthorizationBody, SignedIn | 'flow_invalid'>
  'POST /authorize/decision': Endpoint<
    AuthorizationDecisionRequest,
    RedirectBody,
    SignedIn | 'csrf_invalid' | 'flow_invalid' | 'invalid_request'
  >
  'GET /connections': Endpoint<undefined, ConnectionListBody, SignedIn>
  /** つなぐ: the answer sends the browser to Hello Work's login initiation. */
  'POST /connections/:siteId/start': Endpoint<
    CsrfRequest,
    RedirectBody,
    SignedIn | Site | 'csrf_invalid' | 'already_connected'
  >
  /** 利用する: the same code flow with prompt=none. */
  'POST /connections/:siteId/use': Endpoint<
    CsrfRequest,
    RedirectBody,
    SignedIn | Site | 'csrf_invalid' | 'not_connected'
  >
  /** ⑤: redeems Hello Work's ticket over the back channel, then records the connection. */
  'POST /connections/complete': Endpoint<
    ConnectionCompleteRequest,
    ConnectionCompleteBody,
    | SignedIn
    | 'csrf_invalid'
    | 'flow_invalid'
    | 'ticket_mismatch'
    | 'link_superseded'
    | 'link_cancelled'
    | 'upstream_error'
  >
  /** The completion this session last saw, for a reload of つながり完了. */
  'GET /connections/complete': Endpoint<
    undefined,
    ConnectionCompleteBody,
    SignedIn | 'flow_invalid'
  >
  /** やめる: Hello Work's links go first, over the back channel. */
  'POST /connections/:siteId/stop': Endpoint<
    CsrfRequest,
    ConnectionCompleteBody,
    SignedIn | Site | 'csrf_invalid' | 'not_connected' | 'upstream_error'
  >
  /** Served under the issuer, not the API root. */
  'GET /.well-known/openid-configuration': Endpoint<undefined, ProviderMetadataBody>
  'GET /session': Endpoint<undefined, MynaSessionBody, SignedIn>
  'GET /login/cards': Endpoint<undefined, CardListBody>
  'POST /login': Endpoint<
    MynaLoginRequest,
    MynaLoginBody,
    'validation' | 'invalid_request' | 'card_unknown' | 'pin_incorrect' | 'pin_locked'
  >
  'POST /logout': Endpoint<CsrfRequest, void, SignedIn | 'csrf_invalid'>
  /** The browser: a one-time login request for the app, replacing this browser's last one. */
  'POST /login/requests': Endpoint<LoginRequestIssue, LoginRequestBody, 'invalid_request'>
  /** The browser polls its request (cookie-bound) until the app has approved it. */
  'GET /login/requests/current': Endpoint<undefined, LoginRequestBody, 'not_found'>
  /** The browser takes the session its approved request opened; once. */
  'POST /login/requests/claim': Endpoint<
    Record<never, never>,
    LoginClaimBody,
    Spent | 'login_request_pending' | 'card_unknown' | 'pin_locked'
  >
  /** The app read the 2次元コード (or was handed the request on the same phone): first phone only. */
  'POST /login/requests/:requestId/read': Endpoint<
    Record<never, never>,
    LoginRequestReadBody,
    Spent
  >
  /** The app approves with the card's PIN and touch, or with the smartphone certificate. */
  'POST /login/requests/:requestId/approve': Endpoint<
    LoginApprovalRequest,
    LoginApprovalBody,
    | Spent
    | 'validation'
    | 'card_unknown'
    | 'pin_incorrect'
    | 'pin_locked'
    | 'card_not_detected'
    | 'certificate_expired'
  >
  /** Form-encoded; the client by client_secret_basic or client_secret_post. */
  'POST /token': Endpoint<
    TokenRequest,
    TokenBody,
    'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type'
  >
  'GET /jwks': Endpoint<undefined, JwksBody>
  /** With the access token as a Bearer token. */
  'GET /userinfo': Endpoint<undefined, UserInfoBody, 'invalid_token'>
}

/** Every route. */
export const MYNAPORTAL_ROUTES = routeList<MynaportalEndpoints>()([
  'GET /authorize',
  'GET /authorize/pending',
  'POST /authorize/decision',
  'GET /connections',
  'POST /connections/:siteId/start',
  'POST /connections/:siteId/use',
  'POST /connections/complete',
  'GET /connections/complete',
  'POST /connections/:siteId/stop',
  'GET /.well-known/openid-configuration',
  'GET /session',
  'GET /login/cards',
  'POST /login',
  'POST /logout',
  'POST /login/requests',
  'GET /login/requests/current',
  'POST /login/requests/claim',
  'POST /login/requests/:requestId/read',
  'POST /login/requests/:requestId/approve',
  'POST /token',
  'GET /jwks',
  'GET /userinfo',
])
