import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router'
import { onSessionExpired } from '@/api/sessionExpiry'
import { MYNAPORTAL_API } from '@/contracts/sites'
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
  const site = to.meta.site === 'mynaportal' ? mynaportal : hellowork
  if (to.meta.site === 'mynaportal' ? confirmedByAction.mynaportal : confirmedByAction.hellowork) {
    if (site.session === 'signed-in') return true
  }
  checking++
  const signedIn = await site.refreshSession().finally(() => checking--)
  if (signedIn !== false) return true
  // Ended after a long idle: once signed in again, the person goes on to this screen.
  if (site.sessionExpired) site.sessionLapsed(to.fullPath)
  return { name: to.meta.site === 'mynaportal' ? 'myna-login' : 'hw-login', replace: true }
}

/** Session checks under way: their own answers are handled above, not by the listener below. */
let checking = 0

/**
 * A session that ended while its screen was open (the clock moved on, a request came back
 * session_expired): that site's screen goes to the site's login, which says why, and the person
 * comes back to it after signing in. Other screens (④'s own notice, a public page) only note it.
 */
export function sendLapsedSessionsToLogin(router: Router, pinia?: Pinia): void {
  onSessionExpired((url) => {
    if (checking > 0) return
    const mynaportal = url.startsWith(MYNAPORTAL_API)
    const store = mynaportal ? useMynaportalStore(pinia) : useHelloworkStore(pinia)
    const current = router.currentRoute.value
    const site = mynaportal ? 'mynaportal' : 'hellowork'
    const here = current.meta.site === site && current.meta.requiresSession === true
    store.sessionLapsed(here ? current.fullPath : undefined)
    if (here) void router.replace({ name: mynaportal ? 'myna-login' : 'hw-login' })
  })
}
