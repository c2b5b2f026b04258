import { MASK } from '@/contracts/sequence'
import { decodeBasic } from './basicAuth'
import { sha256 } from './secrets'
import { cutText } from './audit'

/**
 * Hides secrets in what the sequence recorder keeps. Long random values (codes, tokens, tickets,
 * state, nonce, CSRF) become a short fingerprint of their SHA-256 — the same hash the servers
 * store — so a trainer can follow one code from 同意 to /token without seeing it. PINs and
 * passwords get no fingerprint: with so few possible values a hash prefix would give them away.
 */
const GUESSABLE = /pin|password|otp/i
const SECRET =
  /code(?!_challenge)|token|ticket|secret|csrf|verifier|state|nonce|authorization|idempotency/i
/** Names that look secret but are public by design (PKCE's challenge is sent in the clear). */
const PUBLIC = new Set(['code_challenge', 'code_challenge_method', 'token_type'])

export function isSecretName(name: string): boolean {
  return !PUBLIC.has(name) && (GUESSABLE.test(name) || SECRET.test(name))
}

export async function maskValue(name: string, value: string): Promise<string> {
  if (isSecretName(name)) {
    if (GUESSABLE.test(name) || value === '') return MASK
    return `${MASK} #${(await sha256(value)).slice(0, 6)}`
  }
  return /^https?:\/\//.test(value) ? maskUrl(value) : value
}

/** A URL with its secret query parameters masked (an authorization response, a ticket link). */
export async function maskUrl(text: string): Promise<string> {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return text
  }
  // Written back only when there is something to mask: an issuer is compared to the letter.
  if (url.search === '') return text
  const parts: string[] = []
  for (const [name, value] of url.searchParams)
    parts.push(`${name}=${await maskValue(name, value)}`)
  return `${url.origin}${url.pathname}${parts.length > 0 ? `?${parts.join('&')}` : ''}`
}

/** The primitive fields of an object, each masked; nested objects are summarised, not copied. */
const RECORDED_FIELDS_MAX = 40

export async function maskFields(fields: Record<string, unknown>): Promise<Record<string, string>> {
  const masked: Record<string, string> = {}
  // A hostile body may carry thousands of fields or a megabyte in one: the log keeps a few, cut.
  for (const [name, value] of Object.entries(fields).slice(0, RECORDED_FIELDS_MAX)) {
    if (value === null || value === undefined) continue
    if (typeof value === 'object') continue
    masked[cutText(name)] = cutText(await maskValue(name, String(value)))
  }
  return masked
}

/**
 * An Authorization header as fields to mask: a bearer token, or client_secret_basic's id (public)
 * and secret, so the log shows which client authenticated and never how.
 */
export function authorizationFields(header: string | null): Record<string, string> {
  if (header === null) return {}
  if (header.startsWith('Bearer ')) return { authorization: header.slice('Bearer '.length) }
  const basic = decodeBasic(header)
  return basic ? { client_id: basic.id, client_secret: basic.secret } : { authorization: header }
}
