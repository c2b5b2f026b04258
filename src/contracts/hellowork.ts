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
 * POST /auth/callback { code?, error?, state, iss } → 200 RedirectBody
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
}

export interface TicketRedeemBody {
  iss: string
  sub: string
}

/** GET /session → 200 | 401 */
export interface HwSessionBody {
  account: { displayName: string }
  csrfToken: string
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
