import { MESSAGES } from '@/contracts/errors'
import {
  APP_LOGIN_PREFIX,
  LOGIN_REQUEST_MINUTES,
  type LoginRequestBody,
  type LoginRequestState,
} from '@/contracts/mynaSignIn'
import { isoAt, now } from '../shared/clock'
import { readCookie } from '../shared/cookies'
import { refuse } from '../shared/refusal'
import { sha256 } from '../shared/secrets'
import type { LoginRequest, MynaData, SignInFaults } from './db'
import { LOGIN_REQUESTS_KEPT } from './schema'

/**
 * The one-time login requests of the sign-in through the smartphone app: who may still use
 * one, and what the browser that asked is told about it.
 */
export const LOGIN_REQUEST_COOKIE = 'myna_login_request'
export const LOGIN_REQUEST_LIFETIME_MS = LOGIN_REQUEST_MINUTES * 60_000

const NO_FAULTS: SignInFaults = {
  cardNotDetected: false,
  codeExpired: false,
  phoneCertificateExpired: false,
}

export const signInFaults = (data: MynaData): SignInFaults => data.signInFaults ?? NO_FAULTS

export function requestsOf(data: MynaData): LoginRequest[] {
  data.loginRequests ??= []
  return data.loginRequests
}

/** The stored state, with time: a request not yet used lapses on the simulated clock. */
export function stateOf(request: LoginRequest): LoginRequestState {
  if (request.state === 'used' || request.state === 'replaced') return request.state
  return now() >= request.expiresAt ? 'expired' : request.state
}

export function bodyOf(request: LoginRequest): LoginRequestBody {
  return {
    requestId: request.id,
    method: request.method,
    qrText: APP_LOGIN_PREFIX + request.id,
    state: stateOf(request),
    expiresAt: isoAt(request.expiresAt),
    remainingSeconds: Math.max(0, Math.ceil((request.expiresAt - now()) / 1000)),
  }
}

/** The request of the browser that sent `request` (its cookie), if it still has one. */
export async function browserRequest(
  request: Request,
  data: MynaData,
): Promise<LoginRequest | undefined> {
  const secret = readCookie(request, LOGIN_REQUEST_COOKIE)
  if (secret === undefined) return undefined
  const hash = await sha256(secret)
  return requestsOf(data).find((r) => r.browserHash === hash)
}

/** Refuses a request the app can no longer use, with what to do next. */
export function requireUsable(request: LoginRequest | undefined): LoginRequest {
  if (!request) return refuse(404, 'not_found', MESSAGES.loginRequestUnknown)
  const state = stateOf(request)
  if (state === 'replaced') refuse(410, 'login_request_replaced', MESSAGES.loginRequestReplaced)
  if (state === 'expired') refuse(410, 'login_request_expired', MESSAGES.loginRequestExpired)
  if (state === 'used') refuse(409, 'login_request_used', MESSAGES.loginRequestUsed)
  return request
}

/** Keeps the list bounded: lapsed and spent requests a lifetime old go, then the oldest. */
export function pruneRequests(data: MynaData): void {
  const cutoff = now() - LOGIN_REQUEST_LIFETIME_MS
  const kept = requestsOf(data).filter((r) => r.expiresAt > cutoff)
  data.loginRequests = kept.slice(Math.max(0, kept.length - (LOGIN_REQUESTS_KEPT - 1)))
}
