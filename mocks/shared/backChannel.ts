import type { ApiErrorBody, ErrorCode } from '@/contracts/errors'
import { CALLER_HEADER } from '@/contracts/simulator'
import { serverFetch } from './serverFetch'

/**
 * Server-to-server calls. They are HTTP requests answered by the other server's handlers
 * (./serverFetch.ts): neither server ever reads the other's data.
 */
export type BackChannelResult<T> =
  { ok: true; body: T } | { ok: false; status: number; code: ErrorCode | 'unreachable' }

export async function callBackChannel<T>(
  url: string,
  init: { method: 'GET' | 'POST'; body?: unknown; bearer?: string },
): Promise<BackChannelResult<T>> {
  // Marks the call for the sequence recorder only; no endpoint decides anything on it.
  const headers: Record<string, string> = { [CALLER_HEADER]: 'back-channel' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`
  try {
    const response = await serverFetch(url, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    if (response.ok) return { ok: true, body: (await response.json()) as T }
    const error = (await response.json().catch(() => null)) as ApiErrorBody | null
    return { ok: false, status: response.status, code: error?.error.code ?? 'server_error' }
  } catch {
    return { ok: false, status: 0, code: 'unreachable' }
  }
}

/** A refusal the other server decided (4xx), as opposed to it failing or being unreachable. */
export function isRefusal(result: { ok: false; status: number }): boolean {
  return result.status >= 400 && result.status < 500
}
