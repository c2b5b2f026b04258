import * as v from 'valibot'
import { textField } from '../shared/jsonBody'

/** The JSON bodies Hello Work's endpoints read, by their route in HelloworkEndpoints. */
export const HELLOWORK_BODIES = {
  'POST /auth/initiate': v.object({ iss: textField, target_link_uri: textField }),
  'POST /auth/callback': v.object({
    code: textField,
    error: textField,
    state: textField,
    iss: textField,
  }),
  'POST /link/authenticate': v.object({
    email: textField,
    password: textField,
    csrfToken: textField,
  }),
  'POST /link/tickets/redeem': v.object({
    ticket: textField,
    idempotencyKey: textField,
    sub: textField,
  }),
  'POST /links/revoke': v.object({ iss: textField, sub: textField }),
  'POST /login': v.object({ email: textField, password: textField, csrfToken: textField }),
  'POST /login/otp': v.object({ code: textField, csrfToken: textField }),
  'POST /logout': v.object({ csrfToken: textField }),
  'POST /mypage/applications': v.object({ jobNumber: textField, csrfToken: textField }),
  'POST /mypage/messages/:messageId/read': v.object({ csrfToken: textField }),
}
