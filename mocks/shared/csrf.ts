import { MESSAGES } from '@/contracts/errors'
import { refuse } from './refusal'
import { constantTimeEqual } from './secrets'

/**
 * The one CSRF check of both servers: 403 unless the body sends back the token this browser was
 * given (a session's, or the login form's cookie). Another site can make the browser send its
 * cookies, but cannot read the token to put it in a body.
 */
export function requireCsrf(expected: string | undefined, sent: string): void {
  if (!expected || !constantTimeEqual(expected, sent)) {
    refuse(403, 'csrf_invalid', MESSAGES.csrfInvalid)
  }
}
