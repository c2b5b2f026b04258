import * as v from 'valibot'
import { textField } from '../shared/jsonBody'

/** The JSON bodies Hello Work's endpoints read, by their name in HELLOWORK_ENDPOINTS. */
export const HELLOWORK_BODIES = {
  initiate: v.object({ iss: textField, target_link_uri: textField }),
  callback: v.object({ code: textField, error: textField, state: textField, iss: textField }),
  authenticateLink: v.object({ email: textField, password: textField, csrfToken: textField }),
  redeemTicket: v.object({ ticket: textField, idempotencyKey: textField, sub: textField }),
  revokeLinks: v.object({ iss: textField, sub: textField }),
  login: v.object({ email: textField, password: textField, csrfToken: textField }),
  verifyOtp: v.object({ code: textField, csrfToken: textField }),
  logout: v.object({ csrfToken: textField }),
  apply: v.object({ jobNumber: textField, csrfToken: textField }),
  markMessageRead: v.object({ csrfToken: textField }),
}
