import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'

/**
 * A screen with a user's data, opened without that site's session, shows the site's login
 * instead and nothing of the user. The targets are constants (R8). Each navigation asks the
 * server, except the one right after that site answered with this session and said who is in it
 * (Mynaportal's login, unlink, or authorize to 同意確認; Hello Work's single sign-on).
 */
export async function requireSignedIn(
  to: RouteLocationNormalized,
  pinia?: Pinia,
): Promise<RouteLocationRaw | true> {
  const mynaportal = useMynaportalStore(pinia)
  const hellowork = useHelloworkStore(pinia)
  // The action that led here was just accepted with this session: asking again would only repeat
  // the answer (a request the step waited for). Taken by any navigation.
  const confirmedByAction = {
    mynaportal: mynaportal.takeActionConfirmation(),
    hellowork: hellowork.takeActionConfirmation(),
  }
  if (!to.meta.requiresSession) return true
  if (to.meta.site === 'mynaportal') {
    if (confirmedByAction.mynaportal && mynaportal.session === 'signed-in') return true
    const signedIn = await mynaportal.refreshSession()
    return signedIn === false ? { name: 'myna-login', replace: true } : true
  }
  if (confirmedByAction.hellowork && hellowork.session === 'signed-in') return true
  const signedIn = await hellowork.refreshSession()
  return signedIn === false ? { name: 'hw-login', replace: true } : true
}
