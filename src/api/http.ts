import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'
import { MESSAGES } from '@/contracts/errors'
import { reportSessionExpired } from './sessionExpiry'
import { screenHeaders } from './screenTag'

/** A refusal or failure from one of the simulated servers, in the one error shape they share. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly remaining?: number,
  ) {
    super(message)
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST'
  body?: unknown
}

/**
 * Both simulated servers start (their code loads and takes over `fetch`) on the first request, or
 * just after the first screen is drawn, whichever comes first: the first screen never waits for
 * them, and no request leaves before they answer, so none can reach the real network or find
 * nobody listening. Tests start the servers before mounting and leave this a no-op.
 */
let startServers: () => Promise<unknown> = () => Promise.resolve()
let serversStarted: Promise<unknown> | undefined

export function startServersOnFirstRequest(start: () => Promise<unknown>): void {
  startServers = start
  serversStarted = undefined
}

export function ensureServersStarted(): Promise<unknown> {
  // A failed start is not remembered: 再試行 tries again.
  serversStarted ??= startServers().catch((error: unknown) => {
    serversStarted = undefined
    throw error
  })
  return serversStarted
}

export async function requestJson<T>(url: string, options: RequestOptions = {}): Promise<T> {
  let response: Response
  try {
    await ensureServersStarted()
    response = await fetch(url, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...screenHeaders(),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch {
    throw new ApiError(0, 'network', MESSAGES.network)
  }
  if (response.status === 204) return undefined as T
  const body: unknown = await response.json().catch(() => null)
  if (response.ok) return body as T
  const error = (body as ApiErrorBody | null)?.error
  if (!error) throw new ApiError(response.status, 'server_error', MESSAGES.network)
  if (error.code === 'session_expired') reportSessionExpired(url)
  throw new ApiError(response.status, error.code, error.message, error.fields, error.remaining)
}

export function isApiError(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code))
}

/** Failures of the server itself (as opposed to a refusal): the screen offers 再試行. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 0 || error.status >= 500 || error.code === 'network')
  )
}
