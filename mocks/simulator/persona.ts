import { personaErrors } from '@/contracts/persona'
import type { PersonaSetting } from '@/contracts/simulator'
import { helloworkDb } from '../hellowork/db'
import { mynaportalDb } from '../mynaportal/db'
import { ownField } from '../shared/jsonBody'
import { requireValid } from '../shared/refusal'

/**
 * The practice persona lives in both servers' data (Mynaportal's card holder, Hello Work's
 * account). The console edits both copies at once, as a fixture would: the servers themselves
 * still never read each other's data.
 */
export const PERSONA_USER_ID = 'myna-user-1'
export const PERSONA_ACCOUNT_ID = 'hw-account-1'

export function currentPersona(): PersonaSetting {
  const account = helloworkDb.read().accounts.find((a) => a.id === PERSONA_ACCOUNT_ID)
  const user = mynaportalDb.read().users.find((u) => u.id === PERSONA_USER_ID)
  return {
    displayName: user?.displayName ?? account?.displayName ?? '',
    email: account?.email ?? '',
    officeName: account?.officeName ?? '',
  }
}

/** The persona from a request body, trimmed, or the 422 with a message per field. */
export function parsePersona(value: unknown): PersonaSetting {
  const body = value && typeof value === 'object' ? value : {}
  const text = (name: string) => {
    const field = ownField(body, name)
    return typeof field === 'string' ? field : ''
  }
  const persona = {
    displayName: text('displayName').trim(),
    email: text('email').trim(),
    officeName: text('officeName').trim(),
  }
  requireValid(personaErrors(persona))
  return persona
}

export async function applyPersona(persona: PersonaSetting): Promise<void> {
  await mynaportalDb.update((data) => {
    const user = data.users.find((u) => u.id === PERSONA_USER_ID)
    if (user)
      Object.assign(user, { displayName: persona.displayName, cardHolderName: persona.displayName })
  })
  await helloworkDb.update((data) => {
    const account = data.accounts.find((a) => a.id === PERSONA_ACCOUNT_ID)
    if (account) Object.assign(account, persona)
  })
}
