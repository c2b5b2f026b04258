import type { SequenceParty } from '@/contracts/sequence'
import { CALLER_HEADER } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { authorizationFields } from './mask'

/** What the sequence recorder shows of one request and its answer, before masking. */

export function senderOf(request: Request, to: SiteKey): SequenceParty {
  const caller = request.headers.get(CALLER_HEADER)
  if (caller === 'simulator') return 'simulator'
  if (caller === 'back-channel') return to === 'mynaportal' ? 'hellowork' : 'mynaportal'
  return 'browser'
}

export async function requestFields(request: Request): Promise<Record<string, unknown>> {
  const url = new URL(request.url)
  const fields: Record<string, unknown> = Object.fromEntries(url.searchParams)
  Object.assign(fields, authorizationFields(request.headers.get('authorization')))
  const type = request.method === 'GET' ? '' : (request.headers.get('content-type') ?? '')
  if (type.includes('json')) {
    const body: unknown = await request.json().catch(() => null)
    if (body && typeof body === 'object') Object.assign(fields, body)
  } else if (type.includes('x-www-form-urlencoded')) {
    // The OAuth endpoints' bodies (/token): masked like any other field.
    const body = new URLSearchParams(await request.text().catch(() => ''))
    Object.assign(fields, Object.fromEntries(body))
  }
  return fields
}

export function responseFields(body: string | null): {
  fields: Record<string, unknown>
  code?: string
} {
  const parsed = parseJson(body)
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { fields: {} }
  const error = (parsed as { error?: unknown }).error
  // The OAuth endpoints refuse with `{ error: "invalid_grant", … }`, the others with an object.
  if (typeof error === 'string') return { fields: {}, code: error }
  if (error && typeof error === 'object' && 'code' in error) {
    return { fields: {}, code: typeof error.code === 'string' ? error.code : undefined }
  }
  return { fields: parsed as Record<string, unknown> }
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text)
  } catch {
    return null
  }
}
