import { ref } from 'vue'
import { SIGN_IN_METHODS, type SignInMethod } from '@/contracts/mynaSignIn'

/**
 * How Mynaportal's ログイン signs in, for the tab's session (`?signin=reader|qr|phone|phone-card`,
 * the launcher, the console). Until one is chosen the login screen is the card reader alone, as
 * it always was; once chosen, it offers every method with that one selected.
 */
const STORAGE_KEY = 'mhsim:signin'

function stored(): SignInMethod | null {
  try {
    return parseSignInMethod(sessionStorage.getItem(STORAGE_KEY)) ?? null
  } catch {
    // Storage can be blocked (privacy settings, file://); the choice then lasts one page.
    return null
  }
}

const chosen = ref<SignInMethod | null>(stored())

/** The method chosen for this tab, or null when none was (the card reader alone). Reactive. */
export function chosenSignInMethod(): SignInMethod | null {
  return chosen.value
}

export function signInMethod(): SignInMethod {
  return chosen.value ?? 'reader'
}

export function parseSignInMethod(value: unknown): SignInMethod | undefined {
  const text = Array.isArray(value) ? value.at(-1) : value
  return (SIGN_IN_METHODS as readonly unknown[]).includes(text) ? (text as SignInMethod) : undefined
}

export function setSignInMethod(method: SignInMethod | null): void {
  chosen.value = method
  try {
    if (method) sessionStorage.setItem(STORAGE_KEY, method)
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // See stored(): without storage the choice still applies to this page.
  }
}
