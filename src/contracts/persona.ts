import type { PersonaSetting } from './simulator'
import { credentialErrors, type FieldErrors } from './validation'

/** The console's persona form and the simulator's /persona endpoint apply the same rules. */
export const PERSONA_NAME_MAX_LENGTH = 30
export const PERSONA_OFFICE_MAX_LENGTH = 40

export const PERSONA_MESSAGES = {
  displayNameRequired: '氏名を入力してください。',
  displayNameLength: `氏名は${PERSONA_NAME_MAX_LENGTH}文字以内で入力してください。`,
  officeNameRequired: '利用安定所名を入力してください。',
  officeNameLength: `利用安定所名は${PERSONA_OFFICE_MAX_LENGTH}文字以内で入力してください。`,
} as const

export function personaErrors(persona: PersonaSetting): FieldErrors {
  const fields: FieldErrors = {}
  const name = persona.displayName.trim()
  if (name === '') fields.displayName = PERSONA_MESSAGES.displayNameRequired
  else if (name.length > PERSONA_NAME_MAX_LENGTH) {
    fields.displayName = PERSONA_MESSAGES.displayNameLength
  }
  // The e-mail rule is the sites' own (a persona the sites would refuse is of no use to practise).
  const { email } = credentialErrors(persona.email.trim(), 'not checked here')
  if (email) fields.email = email
  const office = persona.officeName.trim()
  if (office === '') fields.officeName = PERSONA_MESSAGES.officeNameRequired
  else if (office.length > PERSONA_OFFICE_MAX_LENGTH) {
    fields.officeName = PERSONA_MESSAGES.officeNameLength
  }
  return fields
}
