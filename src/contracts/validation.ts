import { EMAIL_MAX_LENGTH, MESSAGES } from './errors'

/**
 * Input rules both sides apply: the screens before sending (bad input sends nothing), the
 * servers again on receipt (a request can always be forged).
 */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type FieldErrors = Record<string, string>

export function pinErrors(pin: string): FieldErrors {
  return /^[0-9]{4}$/.test(pin) ? {} : { pin: MESSAGES.pinFormat }
}

export function credentialErrors(email: string, password: string): FieldErrors {
  const fields: FieldErrors = {}
  if (email === '') fields.email = MESSAGES.emailRequired
  else if (email.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email)) {
    fields.email = MESSAGES.emailFormat
  }
  if (password === '') fields.password = MESSAGES.passwordRequired
  return fields
}

export const OTP_LENGTH = 6

export function otpErrors(code: string): FieldErrors {
  if (code === '') return { code: MESSAGES.otpRequired }
  return new RegExp(`^[0-9]{${OTP_LENGTH}}$`).test(code) ? {} : { code: MESSAGES.otpFormat }
}
