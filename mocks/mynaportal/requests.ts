import * as v from 'valibot'
import { textField } from '../shared/jsonBody'

const CSRF = v.object({ csrfToken: textField })

/** The JSON bodies Mynaportal's endpoints read, by their name in MYNAPORTAL_ENDPOINTS. */
export const MYNAPORTAL_BODIES = {
  decide: v.object({ requestId: textField, decision: textField, csrfToken: textField }),
  startConnection: CSRF,
  useConnection: CSRF,
  completeConnection: v.object({ ticket: textField, csrfToken: textField }),
  stopConnection: CSRF,
  login: v.object({ cardId: textField, pin: textField }),
  logout: CSRF,
}
