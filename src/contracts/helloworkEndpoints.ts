/**
 * Hello Work's endpoints (the Relying Party), under HELLOWORK_API, in the order the trainer
 * console lists them for injecting a fault. Every endpoint of the MyPage checks the session
 * first (401), then CSRF (403), then that what it names exists (404).
 */
import { endpoint } from './endpoint'
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

export const HELLOWORK_ENDPOINTS = {
  /** Third-party-initiated login: opens a transaction bound to this browser by a cookie. */
  initiate: endpoint<AuthInitiateRequest, RedirectBody, 'invalid_request'>()(
    'post',
    '/auth/initiate',
  ),
  /** The authorization response, forwarded by the callback screen. */
  callback: endpoint<
    AuthCallbackRequest,
    AuthCallbackBody,
    Transaction | 'upstream_error' | 'login_required' | 'consent_required' | 'interaction_required'
  >()('post', '/auth/callback'),
  linkTransaction: endpoint<undefined, LinkTransactionBody, Transaction>()(
    'get',
    '/link/transaction',
  ),
  /** ④: the answer sends the browser to Mynaportal's completion, with the one-time ticket. */
  authenticateLink: endpoint<
    LinkAuthenticateRequest,
    RedirectBody,
    | Transaction
    | Lockout
    | 'csrf_invalid'
    | 'linked_elsewhere'
    | 'already_connected'
    | 'validation'
    | 'upstream_error'
  >()('post', '/link/authenticate'),
  redeemTicket: endpoint<
    TicketRedeemRequest,
    TicketRedeemBody,
    | BackChannel
    | 'invalid_request'
    | 'invalid_ticket'
    | 'ticket_mismatch'
    | 'link_superseded'
    | 'link_cancelled'
  >()('post', '/link/tickets/redeem'),
  revokeLinks: endpoint<LinkRevokeRequest, LinkRevokeBody, BackChannel>()('post', '/links/revoke'),
  loginForm: endpoint<undefined, LoginFormBody>()('get', '/login'),
  login: endpoint<LoginRequest, LoginBody, Lockout | 'csrf_invalid' | 'validation'>()(
    'post',
    '/login',
  ),
  verifyOtp: endpoint<
    OtpRequest,
    RedirectBody,
    'csrf_invalid' | 'otp_expired' | 'otp_invalid' | 'validation' | 'account_locked'
  >()('post', '/login/otp'),
  session: endpoint<undefined, HwSessionBody, SignedIn>()('get', '/session'),
  logout: endpoint<CsrfRequest, void, SignedIn | 'csrf_invalid'>()('post', '/logout'),
  home: endpoint<undefined, MypageHomeBody, SignedIn>()('get', '/mypage/home'),
  /** A `list` names one of the home's lists (404 when unknown); keywords and area narrow. */
  searchJobs: endpoint<undefined, JobSearchBody, SignedIn | 'not_found'>()('get', '/mypage/jobs'),
  job: endpoint<undefined, JobDetailBody, SignedIn | 'not_found'>()(
    'get',
    '/mypage/jobs/:jobNumber',
  ),
  /** 403 invalid_request while 求職登録 is 無効; applying twice is one application. */
  apply: endpoint<
    ApplyRequest,
    ApplicationSummary,
    SignedIn | 'csrf_invalid' | 'not_found' | 'invalid_request'
  >()('post', '/mypage/applications'),
  applications: endpoint<undefined, ApplicationListBody, SignedIn>()('get', '/mypage/applications'),
  messages: endpoint<undefined, MessageListBody, SignedIn>()('get', '/mypage/messages'),
  /** Reading a message changes nothing (a GET): the screen marks it read with the POST below. */
  message: endpoint<undefined, MessageBody, SignedIn | 'not_found'>()(
    'get',
    '/mypage/messages/:messageId',
  ),
  markMessageRead: endpoint<
    CsrfRequest,
    MessageReadBody,
    SignedIn | 'csrf_invalid' | 'not_found'
  >()('post', '/mypage/messages/:messageId/read'),
  profile: endpoint<undefined, ProfileBody, SignedIn>()('get', '/mypage/profile'),
}
