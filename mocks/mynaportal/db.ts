import type { AuditEvent } from '../shared/audit'
import { defineDocument } from '../shared/persistence'
import { mynaDataSchema } from './schema'
import type { SecretHash } from '../shared/secrets'
import type { SigningKey } from '../shared/jws'

/** Mynaportal's own data: the OpenID Provider's users, sessions, grants and keys. */
export interface MynaUser {
  id: string
  displayName: string
  cardId: string
  cardHolderName: string
  practicePin: string
  pin: SecretHash
  failedPinAttempts: number
  pinLocked: boolean
}

export interface AuthorizationRequest {
  id: string
  clientId: string
  redirectUri: string
  state: string
  nonce: string
  codeChallenge: string
  prompt: 'consent' | 'none' | ''
  /** After 同意, the answer already given: a second click gets the same one and
   * creates one code. */
  decidedLocation?: string
}

export interface MynaSession {
  id: string
  userId: string | null
  csrfToken: string
  createdAt: number
  /** The last request this session authenticated and the server accepted (sliding idle time). */
  lastSeenAt?: number
  pendingAuthorization?: AuthorizationRequest
  /** 利用する pressed in this browser: the one sign-on Mynaportal may answer without a screen. */
  signOnIntent?: { clientId: string; expiresAt: number }
  /** The last つながり完了 this session saw, so a reload shows it again and nothing else does. */
  lastCompletion?: { siteId: string; at: number; ticketHash?: string }
}

export interface RegisteredClient {
  id: string
  name: string
  redirectUri: string
  initiateLoginUri: string
  /** SHA-256 of the client secret (shared/secrets.ts, matchesDigest). */
  secretDigest: string
  /** Pairwise subject identifiers are per sector: one per client here. */
  sectorId: string
}

export interface PairwiseSubject {
  userId: string
  sectorId: string
  sub: string
}

export interface AuthorizationCode {
  codeHash: string
  clientId: string
  redirectUri: string
  codeChallenge: string
  nonce: string
  sub: string
  sessionId: string
  expiresAt: number
  used: boolean
}

export interface AccessToken {
  tokenHash: string
  sub: string
  clientId: string
  sessionId: string
  expiresAt: number
}

export interface Connection {
  userId: string
  siteId: string
  connectedAt: number
}

/**
 * A ⑤ under way: written before Hello Work is asked to redeem, settled after its answer
 * (../completing.ts). The ticket is kept as Hello Work gave it, not hashed, because settling
 * presents it again; it is worth nothing without the idempotency key and the back-channel token.
 */
export interface Completion {
  userId: string
  siteId: string
  sessionId: string
  sub: string
  ticket: string
  ticketHash: string
  idempotencyKey: string
  startedAt: number
}

/**
 * A one-time login request for the smartphone app (handlers/loginRequests.ts). The browser that
 * asked holds its secret as a cookie, the phone that read it first holds another; both are kept
 * as SHA-256 hashes.
 */
export interface LoginRequest {
  id: string
  browserHash: string
  method: 'qr' | 'phone' | 'phone-card'
  createdAt: number
  expiresAt: number
  state: 'waiting' | 'read' | 'approved' | 'used' | 'replaced'
  phoneHash?: string
  userId?: string
  /** Card touches tried, for the card-not-detected situation (the first touch fails). */
  touches?: number
}

/** Faults of the sign-in through the app that a scenario sets. */
export interface SignInFaults {
  /** The first touch of the card to the phone is not detected. */
  cardNotDetected: boolean
  /** A login request issued by opening the screen has already lapsed (「コードを更新」 gives a good one). */
  codeExpired: boolean
  /** The smartphone certificate (スマホ用電子証明書) has expired. */
  phoneCertificateExpired: boolean
}

export interface OtherSite {
  id: string
  name: string
  description: string
}

export interface MynaData {
  users: MynaUser[]
  sessions: MynaSession[]
  clients: RegisteredClient[]
  pairwiseSubjects: PairwiseSubject[]
  codes: AuthorizationCode[]
  accessTokens: AccessToken[]
  connections: Connection[]
  /** ⑤s whose answer from Hello Work was not yet recorded; absent in older documents. */
  completing?: Completion[]
  otherSites: OtherSite[]
  /** Absent in older documents: none yet, no faults. */
  loginRequests?: LoginRequest[]
  signInFaults?: SignInFaults
  signingKey: SigningKey
  /** Mynaportal's credential for Hello Work's back channel (ticket redemption, revocation). */
  helloworkBackChannelToken: string
  audit: AuditEvent[]
}

export const mynaportalDb = defineDocument('mynaportal', mynaDataSchema, 'mynaportal')

export const SESSION_COOKIE = 'myna_sid'
