/** Wire types of the Hello Work mock server (Relying Party). Paths are under HELLOWORK_API. */

/**
 * POST /auth/initiate { iss, target_link_uri } → 200 RedirectBody (Mynaportal authorize)
 * | 400 invalid_request. Third-party-initiated login (OIDC Core §4); opens a transaction
 * bound to this browser by the `hw_auth_tx` cookie.
 */
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

/**
 * POST /auth/callback { code?, error?, state, iss } → 200 AuthCallbackBody
 * | 400 flow_invalid | 502 upstream_error. The authorization response, forwarded by the callback screen.
 */
export interface AuthCallbackRequest {
  code?: string
  error?: string
  state: string
  iss: string
}

/** GET /link/transaction → 200 | 400 flow_invalid: what the 属性連携認証 form needs. */
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

/**
 * POST /link/authenticate → 200 RedirectBody (Mynaportal completion, with ticket)
 * | 400 flow_invalid | 401 credentials_invalid | 403 csrf_invalid | 409 linked_elsewhere
 * | 422 validation | 423 account_locked | 502 upstream_error
 */
export interface LinkAuthenticateRequest {
  email: string
  password: string
  csrfToken: string
}

/**
 * POST /link/tickets/redeem (back channel, Mynaportal → Hello Work; Authorization: Bearer
 * <Mynaportal's back-channel credential>) → 200 | 400 invalid_ticket | 401 invalid_client
 */
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

/**
 * GET /login → 200: the CSRF token of this browser's login form. There is no session yet, so it
 * lives in a cookie of its own and must come back in the body of POST /login and /login/otp.
 */
export interface LoginFormBody {
  csrfToken: string
  practice: PracticeAccount
}

/**
 * POST /login { email, password, csrfToken } → 200 LoginBody | 401 credentials_invalid (with
 * `remaining`) | 403 csrf_invalid | 422 validation | 423 account_locked. Failures count on the
 * same per-account lockout as POST /link/authenticate.
 */
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

/**
 * POST /login/otp { code, csrfToken } → 200 RedirectBody (求職者マイページホーム)
 * | 400 otp_expired (expired, or no code pending in this browser) | 401 otp_invalid (with
 * `remaining`) | 403 csrf_invalid | 422 validation | 423 account_locked
 */
export interface OtpRequest {
  code: string
  csrfToken: string
}

/** GET /session → 200 | 401 */
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

export interface JobPosting {
  jobNumber: string
  occupation: string
  status: '有効' | '無効'
  receivedOn: string
  applicationDeadline: string
  category: string
  workingHours: string
  employer: string
  holidays: string
  workplace: string
  ageLimit: string
  duties: string
  employmentType: string
  wage: string
  disclosure: string
  tags: string[]
  openings: number
}

/** GET /mypage/home → 200 | 401 */
export interface MypageHomeBody {
  lastLoginAt: string
  onlineReferralJobs: { total: number; latest: JobPosting | null }
  requestedJobs: { total: number; latest: JobPosting | null }
  profile: {
    displayName: string
    officeName: string
    jobSeekerNumber: string
    unreadMessages: number
    disclosureStatus: string
    registrationValid: boolean
  }
  applications: { occupation: string; jobNumber: string }[]
}

/** screens.md §5: the MyPage banner while 求職登録 is 無効 (scenario expired-registration). */
export const REGISTRATION_INVALID_MESSAGE =
  '求職登録が無効のため、一部の機能がご利用いただけません。'

/** The two job lists of the home, each with its 「…全てを表示」 page. */
export type JobListName = 'online' | 'requested'

/**
 * GET /mypage/jobs?keyword&area&list → 200 JobSearchBody | 401 | 404 (unknown list).
 * Without `list`: every job (求人検索); keywords (space-separated, all must match) and the
 * area (a prefecture) narrow it down. With `list`: one of the home's lists, newest first.
 */
export interface JobSearchBody {
  total: number
  jobs: JobPosting[]
  /** The prefectures that have jobs, for the area filter. */
  areas: string[]
}

/** GET /mypage/jobs/:jobNumber → 200 | 401 | 404 */
export interface JobDetailBody {
  job: JobPosting
  /** When this job seeker applied, if they did. */
  appliedAt: string | null
  registrationValid: boolean
}

/**
 * POST /mypage/applications { jobNumber, csrfToken } → 200 ApplicationSummary | 401
 * | 403 csrf_invalid | 404 | 403 invalid_request (求職登録 無効). Applying twice is one application.
 */
export interface ApplyRequest {
  jobNumber: string
  csrfToken: string
}

export interface ApplicationSummary {
  jobNumber: string
  occupation: string
  employer: string
  appliedAt: string
  status: string
}

/** GET /mypage/applications → 200 | 401 */
export interface ApplicationListBody {
  applications: ApplicationSummary[]
  registrationValid: boolean
}

export interface MessageSummary {
  id: string
  subject: string
  sentAt: string
  read: boolean
}

/** GET /mypage/messages → 200 | 401 (newest first) */
export interface MessageListBody {
  unread: number
  messages: MessageSummary[]
}

/** GET /mypage/messages/:messageId → 200 | 401 | 404. Reading changes nothing: see below. */
export interface MessageBody extends MessageSummary {
  body: string
}

/** POST /mypage/messages/:messageId/read { csrfToken } → 200 MessageReadBody | 401 | 403 | 404 */
export interface MessageReadRequest {
  csrfToken: string
}

export interface MessageReadBody {
  unread: number
}

/** GET /mypage/profile → 200 | 401: 求職者情報 and the state of Hello Work's own link record. */
export interface ProfileBody {
  displayName: string
  email: string
  jobSeekerNumber: string
  officeName: string
  disclosureStatus: string
  registrationValid: boolean
  mynaportalLink: { status: 'linked' | 'unlinked'; linkedAt: string | null }
}

/** The refusal of an application while 求職登録 is 無効, with the next step. */
export const REGISTRATION_REQUIRED_MESSAGE =
  '求職登録が無効のため、求人に応募できません。求職登録の手続きは、利用安定所の窓口でお問い合わせください。'
