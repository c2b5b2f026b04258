import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router'
import { MYNAPORTAL_API, type SiteKey } from '@/contracts/sites'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'

/** Each site's login: the only place a lapsed or missing session sends the browser. */
const LOGIN = { mynaportal: 'myna-login', hellowork: 'hw-login' } as const

export interface SessionGuard {
  /** A global guard for the screens with a user's data (meta.requiresSession). */
  requireSignedIn(to: RouteLocationNormalized): Promise<RouteLocationRaw | true>
  /** Told of an answer session_expired to a request to `url`. */
  sessionExpired(url: string): void
}

/**
 * A screen with a user's data, opened without that site's session, shows the site's login
 * instead and nothing of the user. Each navigation asks the server, except the one right after
 * that site answered with this session and said who is in it (Mynaportal's login, unlink, or
 * authorize to 同意確認; Hello Work's single sign-on).
 */
export function createSessionGuard(router: Router, pinia?: Pinia): SessionGuard {
  const storeOf = (site: SiteKey) =>
    site === 'mynaportal' ? useMynaportalStore(pinia) : useHelloworkStore(pinia)
  // Session checks under way: their own answers are handled by the guard, not as a lapse.
  let checking = 0

  async function requireSignedIn(to: RouteLocationNormalized): Promise<RouteLocationRaw | true> {
    // The action that led here was just accepted with this session: asking again would only
    // repeat the answer (a request the step waited for). Taken by any navigation.
    const confirmedByAction = {
      mynaportal: useMynaportalStore(pinia).takeActionConfirmation(),
      hellowork: useHelloworkStore(pinia).takeActionConfirmation(),
    }
    if (!to.meta.requiresSession || to.meta.site === 'simulator') return true
    const siteName = to.meta.site
    const site = storeOf(siteName)
    if (confirmedByAction[siteName] && site.session === 'signed-in') return true
    checking++
    const signedIn = await site.refreshSession().finally(() => checking--)
    if (signedIn !== false) return true
    // Ended after a long idle: once signed in again, the person goes on to this screen.
    if (site.sessionExpired) site.sessionLapsed(to.fullPath)
    return { name: LOGIN[siteName], replace: true }
  }

  /**
   * A session that ended while its screen was open (the clock moved on, a request came back
   * session_expired): that site's screen goes to the site's login, which says why, and the
   * person comes back to it after signing in. Other screens (④'s own notice, a public page) only
   * note it.
   */
  function sessionExpired(url: string): void {
    if (checking > 0) return
    const siteName: SiteKey = url.startsWith(MYNAPORTAL_API) ? 'mynaportal' : 'hellowork'
    const current = router.currentRoute.value
    const here = current.meta.site === siteName && current.meta.requiresSession === true
    storeOf(siteName).sessionLapsed(here ? current.fullPath : undefined)
    if (here) void router.replace({ name: LOGIN[siteName] })
  }

  return { requireSignedIn, sessionExpired }
}
