import { HttpResponse } from 'msw'
import type { ErrorCode } from '@/contracts/errors'
import { decodeBasic } from './basicAuth'
import { Refusal } from './refusal'

/**
 * The habits of OAuth endpoints (/token, /userinfo) that a conformant client library relies on:
 * form-encoded requests, client_secret_basic, `{ error, error_description }` refusals with
 * `WWW-Authenticate` on a 401, and answers that no cache keeps.
 */
export const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' } as const

export type OAuthErrorCode = Extract<
  ErrorCode,
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unsupported_grant_type'
  | 'invalid_token'
>

/** A refusal in the standard shape. The description is ASCII, as the RFC requires of it. */
export class OAuthError extends Refusal {
  constructor(
    status: number,
    code: OAuthErrorCode,
    description: string,
    readonly challenge?: string,
  ) {
    super(status, code, description)
  }

  override toResponse(): Response {
    const headers: Record<string, string> = { ...NO_STORE }
    if (this.challenge) headers['www-authenticate'] = this.challenge
    return HttpResponse.json(
      { error: this.code, error_description: this.message },
      { status: this.status, headers },
    )
  }
}

export function oauthFail(
  status: number,
  code: OAuthErrorCode,
  description: string,
  challenge?: string,
): never {
  throw new OAuthError(status, code, description, challenge)
}

/** An application/x-www-form-urlencoded body, each parameter at most once (RFC 6749 §3.2). */
export async function readFormBody(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return oauthFail(400, 'invalid_request', 'the body must be application/x-www-form-urlencoded')
  }
  const params = new URLSearchParams(await request.text())
  const fields: Record<string, string> = Object.create(null)
  for (const [name, value] of params) {
    if (name in fields) return oauthFail(400, 'invalid_request', `parameter ${name} repeated`)
    fields[name] = value
  }
  return fields
}

export interface ClientCredentials {
  id: string
  secret: string
  /** A wrong Basic credential answers with a Basic challenge (RFC 6749 §5.2). */
  viaHeader: boolean
}

export const BASIC_CHALLENGE = 'Basic realm="mynaportal"'

/** client_secret_basic, or client_secret_post; both at once is refused. */
export function clientCredentials(
  request: Request,
  form: Record<string, string>,
): ClientCredentials {
  const header = request.headers.get('authorization')
  if (header !== null) {
    const basic = decodeBasic(header)
    if (!basic)
      return oauthFail(401, 'invalid_client', 'malformed Basic credentials', BASIC_CHALLENGE)
    if ('client_secret' in form) {
      return oauthFail(400, 'invalid_request', 'more than one client authentication method')
    }
    if (form.client_id !== undefined && form.client_id !== basic.id) {
      return oauthFail(400, 'invalid_request', 'client_id differs from the Basic credentials')
    }
    return { ...basic, viaHeader: true }
  }
  return { id: form.client_id ?? '', secret: form.client_secret ?? '', viaHeader: false }
}
