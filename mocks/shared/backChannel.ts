import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'
import type { OAuthErrorBody } from '@/contracts/mynaportal'
import { CALLER_HEADER } from '@/contracts/simulator'
import { basicAuthorization } from './basicAuth'
import type { ServerFetch } from './serverFetch'

/**
 * Server-to-server calls. They are HTTP requests answered by the other server's handlers
 * (./serverFetch.ts): neither server ever reads the other's data.
 */
export type BackChannelResult<T> =
  { ok: true; body: T } | { ok: false; status: number; code: ErrorCode | 'unreachable' }

export interface BackChannelInit {
  method: 'GET' | 'POST'
  /** A JSON body (the servers' own endpoints). */
  body?: unknown
  /** A form-encoded body (the OAuth endpoints). */
  form?: Record<string, string>
  bearer?: string
  /** client_secret_basic. */
  basic?: { id: string; secret: string }
}

function encodeBody(init: BackChannelInit, headers: Record<string, string>): string | undefined {
  if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    return new URLSearchParams(init.form).toString()
  }
  if (init.body === undefined) return undefined
  headers['content-type'] = 'application/json'
  return JSON.stringify(init.body)
}

/** The code of a refusal in either shape: the servers' own, or the OAuth endpoints'. */
function errorCodeOf(body: unknown): ErrorCode | undefined {
  const error = (body as Partial<ApiErrorBody | OAuthErrorBody> | null)?.error
  if (typeof error === 'string') return error as ErrorCode
  return typeof error?.code === 'string' ? error.code : undefined
}

/** `serverFetch` is the calling endpoint's own (its context's): the set it belongs to answers. */
export async function callBackChannel<T>(
  serverFetch: ServerFetch,
  url: string,
  init: BackChannelInit,
): Promise<BackChannelResult<T>> {
  // Marks the call for the sequence recorder only; no endpoint decides anything on it.
  const headers: Record<string, string> = { [CALLER_HEADER]: 'back-channel' }
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`
  if (init.basic) headers.authorization = basicAuthorization(init.basic.id, init.basic.secret)
  try {
    const body = encodeBody(init, headers)
    const response = await serverFetch(url, { method: init.method, headers, body })
    if (response.ok) return { ok: true, body: (await response.json()) as T }
    const error: unknown = await response.json().catch(() => null)
    return { ok: false, status: response.status, code: errorCodeOf(error) ?? 'server_error' }
  } catch {
    return { ok: false, status: 0, code: 'unreachable' }
  }
}

/** A refusal the other server decided (4xx), as opposed to it failing or being unreachable. */
export function isRefusal(result: { ok: false; status: number }): boolean {
  return result.status >= 400 && result.status < 500
}
