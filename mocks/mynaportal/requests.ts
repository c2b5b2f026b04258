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
}
