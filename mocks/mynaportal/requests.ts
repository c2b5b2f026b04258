import * as v from 'valibot'
import { textField } from '../shared/jsonBody'

const CSRF = v.object({ csrfToken: textField })

/** The JSON bodies Mynaportal's endpoints read, by their route in MynaportalEndpoints. */
export const MYNAPORTAL_BODIES = {
  'POST /authorize/decision': v.object({
    requestId: textField,
    decision: textField,
    csrfToken: textField,
  }),
  'POST /connections/:siteId/start': CSRF,
  'POST /connections/:siteId/use': CSRF,
  'POST /connections/complete': v.object({ ticket: textField, csrfToken: textField }),
  'POST /connections/:siteId/stop': CSRF,
  'POST /login': v.object({ cardId: textField, pin: textField }),
  'POST /logout': CSRF,
  'POST /login/requests': v.object({
    method: v.picklist(['qr', 'phone', 'phone-card']),
    refresh: v.optional(v.boolean()),
  }),
  'POST /login/requests/claim': v.object({}),
  'POST /login/requests/:requestId/read': v.object({}),
  'POST /login/requests/:requestId/approve': v.object({
    phoneToken: textField,
    cardId: textField,
    pin: v.optional(textField),
    biometric: v.optional(v.boolean()),
  }),
}
