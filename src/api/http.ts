import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'
import { MESSAGES } from '@/contracts/errors'
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

export interface ApiClientOptions {
  /**
   * Starts both simulated servers (their code loads and takes over `fetch`): on the first
   * request, or when the app asks, whichever comes first, so the first screen never waits for
   * them and no request leaves before they answer (none can reach the real network or find
   * nobody listening). Tests start the servers before mounting and leave this out.
   */
  startServers?: () => Promise<unknown>
  /** The screen on view, named in each request for the sequence recorder. */
  screen?: () => string | undefined
  /** Told of every answer session_expired, with the request's URL. */
  sessionExpired?: (url: string) => void
}

/** One app's requests: its servers' start, the screen it names, whom it tells of a lapse. */
export interface ApiClient {
  request<T>(url: string, options?: RequestOptions): Promise<T>
  ensureServersStarted(): Promise<unknown>
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const { startServers = () => Promise.resolve(), screen = () => undefined } = options
  let serversStarted: Promise<unknown> | undefined

  function ensureServersStarted(): Promise<unknown> {
    // A failed start is not remembered: 再試行 tries again.
    serversStarted ??= startServers().catch((error: unknown) => {
      serversStarted = undefined
      throw error
    })
    return serversStarted
  }

  async function request<T>(url: string, { method, body }: RequestOptions = {}): Promise<T> {
    let response: Response
    try {
      await ensureServersStarted()
      response = await fetch(url, {
        method: method ?? (body === undefined ? 'GET' : 'POST'),
        headers: {
          ...screenHeaders(screen()),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      throw new ApiError(0, 'network', MESSAGES.network)
    }
    if (response.status === 204) return undefined as T
    const answer: unknown = await response.json().catch(() => null)
    if (response.ok) return answer as T
    const error = (answer as ApiErrorBody | null)?.error
    if (!error) throw new ApiError(response.status, 'server_error', MESSAGES.network)
    if (error.code === 'session_expired') options.sessionExpired?.(url)
    throw new ApiError(response.status, error.code, error.message, error.fields, error.remaining)
  }

  return { request, ensureServersStarted }
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
