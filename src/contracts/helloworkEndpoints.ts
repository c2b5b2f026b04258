/**
 * Hello Work's endpoints (the Relying Party), under HELLOWORK_API, in the order the trainer
 * console lists them for injecting a fault. Every endpoint of the MyPage checks the session
 * first (401), then CSRF (403), then that what it names exists (404).
 */
import { routeList, type Endpoint } from './endpoint'
import type { CsrfRequest } from './mynaportal'
import type { RedirectBody } from './navigation'
import type {
  AuthCallbackBody,
  AuthCallbackRequest,
  AuthInitiateRequest,
  HwSessionBody,
  LinkAuthenticateRequest,
  LinkRevokeBody,
  LinkRevokeRequest,
  LinkTransactionBody,
  LoginBody,
  LoginFormBody,
  LoginRequest,
  OtpRequest,
  TicketRedeemBody,
  TicketRedeemRequest,
} from './hellowork'
import type {
  ApplicationListBody,
  ApplicationSummary,
  ApplyRequest,
  JobDetailBody,
  JobSearchBody,
  MessageBody,
  MessageListBody,
  MessageReadBody,
  MypageHomeBody,
  ProfileBody,
} from './helloworkMypage'

type SignedIn = 'unauthenticated' | 'session_expired'
type Transaction = 'flow_invalid' | 'session_expired'
type Lockout = 'credentials_invalid' | 'account_locked'
/** Only Mynaportal's back-channel credential may call these. */
type BackChannel = 'invalid_client'

export interface HelloworkEndpoints {
  /** Third-party-initiated login: opens a transaction bound to this browser by a cookie. */
  'POST /auth/initiate': Endpoint<AuthInitiateRequest, RedirectBody, 'invalid_request'>
  /** The authorization response, forwarded by the callback screen. */
  'POST /auth/callback': Endpoint<
    AuthCallbackRequest,
    AuthCallbackBody,
    Transaction | 'upstream_error' | 'login_required' | 'consent_required' | 'interaction_required'
  >
  'GET /link/transaction': Endpoint<undefined, LinkTransactionBody, Transaction>
  /** ④: the answer sends the browser to Mynaportal's completion, with the one-time ticket. */
  'POST /link/authenticate': Endpoint<
    LinkAuthenticateRequest,
    RedirectBody,
    | Transaction
    | Lockout
    | 'csrf_invalid'
    | 'linked_elsewhere'
    | 'already_connected'
    | 'validation'
    | 'upstream_error'
  >
  'POST /link/tickets/redeem': Endpoint<
    TicketRedeemRequest,
    TicketRedeemBody,
    | BackChannel
    | 'invalid_request'
    | 'invalid_ticket'
    | 'ticket_mismatch'
    | 'link_superseded'
    | 'link_cancelled'
  >
  'POST /links/revoke': Endpoint<LinkRevokeRequest, LinkRevokeBody, BackChannel>
  'GET /login': Endpoint<undefined, LoginFormBody>
  'POST /login': Endpoint<LoginRequest, LoginBody, Lockout | 'csrf_invalid' | 'validation'>
  'POST /login/otp': Endpoint<
    OtpRequest,
    RedirectBody,
    'csrf_invalid' | 'otp_expired' | 'otp_invalid' | 'validation' | 'account_locked'
  >
  'GET /session': Endpoint<undefined, HwSessionBody, SignedIn>
  'POST /logout': Endpoint<CsrfRequest, void, SignedIn | 'csrf_invalid'>
  'GET /mypage/home': Endpoint<undefined, MypageHomeBody, SignedIn>
  /** A `list` names one of the home's lists (404 when unknown); keywords and area narrow. */
  'GET /mypage/jobs': Endpoint<undefined, JobSearchBody, SignedIn | 'not_found'>
  'GET /mypage/jobs/:jobNumber': Endpoint<undefined, JobDetailBody, SignedIn | 'not_found'>
  /** 403 invalid_request while 求職登録 is 無効; applying twice is one application. */
  'POST /mypage/applications': Endpoint<
    ApplyRequest,
    ApplicationSummary,
    SignedIn | 'csrf_invalid' | 'not_found' | 'invalid_request'
  >
  'GET /mypage/applications': Endpoint<undefined, ApplicationListBody, SignedIn>
  'GET /mypage/messages': Endpoint<undefined, MessageListBody, SignedIn>
  /** Reading a message changes nothing (a GET): the screen marks it read with the POST below. */
  'GET /mypage/messages/:messageId': Endpoint<undefined, MessageBody, SignedIn | 'not_found'>
  'POST /mypage/messages/:messageId/read': Endpoint<
    CsrfRequest,
    MessageReadBody,
    SignedIn | 'csrf_invalid' | 'not_found'
  >
  'GET /mypage/profile': Endpoint<undefined, ProfileBody, SignedIn>
}

/** Every route. */
export const HELLOWORK_ROUTES = routeList<HelloworkEndpoints>()([
  'POST /auth/initiate',
  'POST /auth/callback',
  'GET /link/transaction',
  'POST /link/authenticate',
  'POST /link/tickets/redeem',
  'POST /links/revoke',
  'GET /login',
  'POST /login',
  'POST /login/otp',
  'GET /session',
  'POST /logout',
  'GET /mypage/home',
  'GET /mypage/jobs',
  'GET /mypage/jobs/:jobNumber',
  'POST /mypage/applications',
  'GET /mypage/applications',
  'GET /mypage/messages',
  'GET /mypage/messages/:messageId',
  'POST /mypage/messages/:messageId/read',
  'GET /mypage/profile',
])
