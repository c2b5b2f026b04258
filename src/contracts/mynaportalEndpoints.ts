/**
 * Mynaportal's endpoints (the OpenID Provider), under MYNAPORTAL_API, in the order the trainer
 * console lists them for injecting a fault. /token and /userinfo are called by Hello Work's back
 * channel and refuse in the OAuth shape (OAuthErrorBody), not the servers' own.
 */
import { endpoint } from './endpoint'
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
import type { RedirectBody } from './navigation'

type SignedIn = 'unauthenticated' | 'session_expired'
type Site = 'not_found' | 'site_not_simulated'

export const MYNAPORTAL_ENDPOINTS = {
  /** The query is the authorization request exactly as the front channel delivered it. */
  authorize: endpoint<undefined, AuthorizeBody, 'invalid_request' | 'invalid_client'>()(
    'get',
    '/authorize',
  ),
  /** What 同意確認 shows. */
  pendingAuthorization: endpoint<undefined, PendingAuthorizationBody, SignedIn | 'flow_invalid'>()(
    'get',
    '/authorize/pending',
  ),
  decide: endpoint<
    AuthorizationDecisionRequest,
    RedirectBody,
    SignedIn | 'csrf_invalid' | 'flow_invalid' | 'invalid_request'
  >()('post', '/authorize/decision'),
  connections: endpoint<undefined, ConnectionListBody, SignedIn>()('get', '/connections'),
  /** つなぐ: the answer sends the browser to Hello Work's login initiation. */
  startConnection: endpoint<
    CsrfRequest,
    RedirectBody,
    SignedIn | Site | 'csrf_invalid' | 'already_connected'
  >()('post', '/connections/:siteId/start'),
  /** 利用する: the same code flow with prompt=none. */
  useConnection: endpoint<
    CsrfRequest,
    RedirectBody,
    SignedIn | Site | 'csrf_invalid' | 'not_connected'
  >()('post', '/connections/:siteId/use'),
  /** ⑤: redeems Hello Work's ticket over the back channel, then records the connection. */
  completeConnection: endpoint<
    ConnectionCompleteRequest,
    ConnectionCompleteBody,
    | SignedIn
    | 'csrf_invalid'
    | 'flow_invalid'
    | 'ticket_mismatch'
    | 'link_superseded'
    | 'link_cancelled'
    | 'upstream_error'
  >()('post', '/connections/complete'),
  /** The completion this session last saw, for a reload of つながり完了. */
  lastCompletion: endpoint<undefined, ConnectionCompleteBody, SignedIn | 'flow_invalid'>()(
    'get',
    '/connections/complete',
  ),
  /** やめる: Hello Work's links go first, over the back channel. */
  stopConnection: endpoint<
    CsrfRequest,
    ConnectionCompleteBody,
    SignedIn | Site | 'csrf_invalid' | 'not_connected' | 'upstream_error'
  >()('post', '/connections/:siteId/stop'),
  /** Served under the issuer, not the API root. */
  discovery: endpoint<undefined, ProviderMetadataBody>()(
    'get',
    '/.well-known/openid-configuration',
  ),
  session: endpoint<undefined, MynaSessionBody, SignedIn>()('get', '/session'),
  cards: endpoint<undefined, CardListBody>()('get', '/login/cards'),
  login: endpoint<
    MynaLoginRequest,
    MynaLoginBody,
    'validation' | 'invalid_request' | 'card_unknown' | 'pin_incorrect' | 'pin_locked'
  >()('post', '/login'),
  logout: endpoint<CsrfRequest, void, SignedIn | 'csrf_invalid'>()('post', '/logout'),
  /** Form-encoded; the client by client_secret_basic or client_secret_post. */
  token: endpoint<
    TokenRequest,
    TokenBody,
    'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type'
  >()('post', '/token'),
  jwks: endpoint<undefined, JwksBody>()('get', '/jwks'),
  /** With the access token as a Bearer token. */
  userinfo: endpoint<undefined, UserInfoBody, 'invalid_token'>()('get', '/userinfo'),
}
