/**
 * Wire types of Hello Work's sign-in and link (the Relying Party); the endpoints that carry them
 * are in helloworkEndpoints.ts, the MyPage's types in helloworkMypage.ts.
 */
export type * from './helloworkMypage'
export { REGISTRATION_INVALID_MESSAGE, REGISTRATION_REQUIRED_MESSAGE } from './helloworkMypage'

export interface AuthInitiateRequest {
  iss: string
  target_link_uri: string
}

/** The two things a transaction can be for; chosen from target_link_uri by a fixed table. */
export type AuthPurpose = 'link' | 'sso'

export const HELLOWORK_TARGETS: Record<AuthPurpose, string> = {
  link: 'https://hellowork.example/link',
  sso: 'https://hellowork.example/mypage',
}

export interface AuthCallbackRequest {
  code?: string
  error?: string
  state: string
  iss: string
}

/** What the 属性連携認証 form needs. */
export interface LinkTransactionBody {
  csrfToken: string
  expiresAt: string
  practice: PracticeAccount
}

/**
 * The practice account's e-mail and password, shown beside the form as a hint (as Mynaportal's
 * card reader shows each card's practice PIN). The e-mail is the account's own, so it follows an
 * edit in the trainer console.
 */
export interface PracticeAccount {
  email: string
  password: string
}

export interface LinkAuthenticateRequest {
  email: string
  password: string
  csrfToken: string
}

/** Mynaportal's back channel at ⑤, with its credential as a Bearer token. */
export interface TicketRedeemRequest {
  ticket: string
  /**
   * Chosen by Mynaportal per session and ticket. A used ticket redeemed again with the key that
   * spent it gets the same answer (a retry whose first answer was lost); any other key, refused.
   */
  idempotencyKey?: string
  /** The pairwise subject of Mynaportal's signed-in user: a ticket for anyone else is refused. */
  sub: string
}

export interface TicketRedeemBody {
  iss: string
  sub: string
}

/** Mynaportal's back channel at やめる: every link of this subject goes, active or pending. */
export interface LinkRevokeRequest {
  iss: string
  sub: string
}

export interface LinkRevokeBody {
  revoked: number
}

/**
 * The CSRF token of this browser's login form. There is no session yet, so it lives in a cookie
 * of its own and must come back in the body of the login and the one-time password.
 */
export interface LoginFormBody {
  csrfToken: string
  practice: PracticeAccount
}

/** Failures count on the same per-account lockout as ④, with the tries left in `remaining`. */
export interface LoginRequest {
  email: string
  password: string
  csrfToken: string
}

/** Signed in (location: 求職者マイページホーム), or a one-time password was mailed first. */
export type LoginBody = { location: string } | { otp: OtpMailNotice }

/**
 * The mail Hello Work "sends" with the one-time password. Nothing is mailed in a simulator, so
 * the answer carries it and the screen shows it as a mail received; the server keeps a hash.
 */
export interface OtpMailNotice {
  to: string
  code: string
  expiresAt: string
}

/** How long a mailed one-time password is good for, on the simulated clock. */
export const OTP_LIFETIME_MINUTES = 5

/** otp_expired when the code expired or none is pending in this browser. */
export interface OtpRequest {
  code: string
  csrfToken: string
}

export interface HwSessionBody {
  account: { displayName: string }
  csrfToken: string
}

/**
 * The callback's answer. A single sign-on that logged the browser in also says who, as the page
 * a real server redirects to would be drawn with the user's name: the next screen need not ask.
 */
export interface AuthCallbackBody {
  location: string
  session?: HwSessionBody
}
