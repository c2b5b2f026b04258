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

export async function requestJson<T>(url: string, options: RequestOptions = {}): Promise<T> {
  let response: Response
  try {
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
