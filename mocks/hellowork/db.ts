import type { AuditEvent } from '../shared/audit'
import type { JobPosting } from '@/contracts/hellowork'
import type { AuthPurpose } from '@/contracts/hellowork'
import { defineDocument } from '../shared/persistence'
import { hwDataSchema } from './schema'
import type { SecretHash } from '../shared/secrets'

/** Hello Work's own data: job-seeker accounts, sessions, link records and the MyPage contents. */
export interface HwAccount {
  id: string
  email: string
  displayName: string
  password: SecretHash
  failedLogins: number
  lockedUntil: number | null
  jobSeekerNumber: string
  officeName: string
  disclosureStatus: string
  registrationValid: boolean
  otpRequired: boolean
  lastLoginAt: number
  previousLoginAt: number
}

export interface HwSession {
  id: string
  accountId: string
  csrfToken: string
  createdAt: number
  /** The last request this session authenticated and the server accepted (sliding idle time). */
  lastSeenAt?: number
}

export interface AuthTransaction {
  id: string
  purpose: AuthPurpose
  state: string
  nonce: string
  codeVerifier: string
  csrfToken: string
  createdAt: number
  expiresAt: number
  stage: 'authorizing' | 'authenticated' | 'consumed'
  iss?: string
  sub?: string
  accessToken?: string
  /** After a successful ④, the answer already given: a double click gets the same one and
   * makes one link. */
  completedLocation?: string
}

/** A one-time password mailed after a right password (scenario otp); only its hash is kept. */
export interface OtpChallenge {
  id: string
  accountId: string
  codeHash: SecretHash
  createdAt: number
  expiresAt: number
}

/**
 * The lockout count of an address that belongs to no account, kept (hashed) so that a stranger's
 * address answers with the same remaining tries and lock as a real one.
 */
export interface UnknownAddress {
  emailHash: string
  failedLogins: number
  lockedUntil: number | null
}

/**
 * (iss, sub) ⇄ account. Written at ④ as pending: it signs nobody in until Mynaportal redeems ④'s
 * ticket at ⑤, and lapses with that ticket (../links.ts). Without `pending` it is active.
 */
export interface LinkRecord {
  accountId: string
  iss: string
  sub: string
  linkedAt: number
  pending?: { ticketHash: string; expiresAt: number }
}

export interface CompletionTicket {
  ticketHash: string
  iss: string
  sub: string
  expiresAt: number
  used: boolean
  /** SHA-256 of the idempotency key that spent it: only that key's retry is answered again. */
  redeemedWith?: string
  /** Why it can no longer make its link active: a later ④ replaced the link, or やめる removed it. */
  voided?: 'superseded' | 'revoked'
}

export interface Message {
  id: string
  subject: string
  body: string
  sentAt: number
  read: boolean
}

export interface Application {
  jobNumber: string
  appliedAt: number
  status: string
}

export interface HwData {
  accounts: HwAccount[]
  sessions: HwSession[]
  transactions: AuthTransaction[]
  links: LinkRecord[]
  tickets: CompletionTicket[]
  otpChallenges: OtpChallenge[]
  /** How many one-time codes were mailed since the scenario was loaded (their sequence). */
  otpCodesIssued?: number
  unknownAddresses: UnknownAddress[]
  /** Hello Work's registration at Mynaportal, as a confidential client keeps it. */
  client: { id: string; secret: string }
  /** SHA-256 of the credential Mynaportal presents on Hello Work's back channel. */
  mynaportalBackChannelTokenDigest: string
  jobs: (JobPosting & { section: 'online' | 'requested' | 'search' })[]
  messages: Message[]
  applications: Application[]
  audit: AuditEvent[]
}

export const helloworkDb = defineDocument('hellowork', hwDataSchema, 'hellowork')

export const SESSION_COOKIE = 'hw_sid'
export const TRANSACTION_COOKIE = 'hw_auth_tx'
export const LOGIN_CSRF_COOKIE = 'hw_login_csrf'
export const OTP_COOKIE = 'hw_login_otp'
