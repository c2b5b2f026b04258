/**
 * Wire types of Mynaportal's sign-in through the smartphone app: the browser asks for a
 * one-time login request, the app on the phone reads it (from the 2次元コード, or handed over on
 * the same phone) and approves it with the card's PIN and a touch of the card, or with the
 * smartphone certificate's biometric check; the browser then takes the session it opened.
 */
import type { MynaLoginBody } from './mynaportal'

/** How a person signs in; `reader` is the card reader at the PC (POST /login). */
export const SIGN_IN_METHODS = ['reader', 'qr', 'phone', 'phone-card'] as const
export type SignInMethod = (typeof SIGN_IN_METHODS)[number]
/** The methods the app approves, through a login request. */
export type AppSignInMethod = Exclude<SignInMethod, 'reader'>

/** How long a login request may wait for the phone, in simulated minutes. */
export const LOGIN_REQUEST_MINUTES = 5

/** POST /login/requests { method, refresh? } → 200: a new request replacing this browser's last. */
export interface LoginRequestIssue {
  method: AppSignInMethod
  /** 「コードを更新」: asked by the person, not by opening the screen. */
  refresh?: boolean
}

export type LoginRequestState = 'waiting' | 'read' | 'approved' | 'expired' | 'replaced' | 'used'

/** This browser's current login request, as the PC screen polls it (GET /login/requests/current). */
export interface LoginRequestBody {
  requestId: string
  method: AppSignInMethod
  /** What the 2次元コード encodes: the app opens the request it names. */
  qrText: string
  state: LoginRequestState
  expiresAt: string
  remainingSeconds: number
}

/** POST /login/requests/:requestId/read → what the app needs to go on with this request. */
export interface LoginRequestReadBody {
  /** Binds the rest of the approval to the phone that read the code first. */
  phoneToken: string
  method: AppSignInMethod
  remainingSeconds: number
}

/**
 * POST /login/requests/:requestId/approve: the PIN and the card touched (qr, phone), or the
 * smartphone certificate's biometric check (phone-card).
 */
export interface LoginApprovalRequest {
  phoneToken: string
  cardId: string
  pin?: string
  biometric?: boolean
}

export interface LoginApprovalBody {
  state: 'approved'
  holderName: string
}

/** POST /login/requests/claim → the session, as POST /login answers. */
export type LoginClaimBody = MynaLoginBody

/** The app's text in the 2次元コード: a URL only the simulated app opens. */
export const APP_LOGIN_PREFIX = 'https://mynaportal.example/app/login?request='

export function requestIdFromQr(text: string): string | undefined {
  if (!text.startsWith(APP_LOGIN_PREFIX)) return undefined
  const id = text.slice(APP_LOGIN_PREFIX.length)
  return /^[A-Za-z0-9_-]{8,64}$/.test(id) ? id : undefined
}
