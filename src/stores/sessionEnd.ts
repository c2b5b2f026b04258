import { ref } from 'vue'

/**
 * A session the server ended after a long idle (session_expired): the login screen says so, and
 * after signing in the person goes on to the screen they were on. That screen is one of the app's
 * own routes, kept here and never taken from the address bar (no open redirects).
 */
export function sessionEnd() {
  const expired = ref(false)
  let resumeTo: string | undefined
  return {
    expired,
    lapse(path?: string): void {
      expired.value = true
      if (path) resumeTo = path
    },
    /** Once signed in again: where to go on, if the session ended on a screen of this site. */
    take(): string | undefined {
      const path = resumeTo
      resumeTo = undefined
      expired.value = false
      return path
    },
  }
}
