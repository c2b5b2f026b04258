import type { Pinia } from 'pinia'
import { createRouter, type Router, type RouterHistory } from 'vue-router'
import { applyCaptureParameter } from './captureParameter'
import { createForwarding, type Forwarding } from './forwardingHops'
import { appHistory, withoutForwardingScreens } from './history'
import { createRoutes } from './routes'
import { applyScenarioParameter } from './scenarioParameter'
import { trackScreenOnView } from './screenOnView'
import { createSessionGuard } from './sessionGuard'
import { applySignInParameter } from './signInParameter'
import './routeMap'

/** A router and what the rest of the app needs from it. */
export interface AppRouting {
  router: Router
  /** Hands a slow forwarding answer over to the screen that is drawn for it. */
  forwarding: Forwarding
  /** The screen on view or being opened, for the requests to name. */
  screenOnView: () => string | undefined
  /** To be told of every answer session_expired: a screen of that site goes to its login. */
  sessionExpired: (url: string) => void
}

export function createAppRouting(history: RouterHistory = appHistory(), pinia?: Pinia): AppRouting {
  const forwarding = createForwarding(pinia)
  const router: Router = createRouter({
    history: withoutForwardingScreens(
      history,
      (path) => router.resolve(path).meta.transitional === true,
    ),
    routes: createRoutes(forwarding.guards),
    scrollBehavior: () => ({ top: 0 }),
  })
  // First, so that the other guards' requests name the screen being opened.
  const screenOnView = trackScreenOnView(router)
  const sessions = createSessionGuard(router, pinia)
  // Before the scenario's: a situation URL that opens a step rewrites the whole address.
  router.beforeEach((to) => applySignInParameter(to, pinia))
  router.beforeEach((to) => applyScenarioParameter(to, pinia))
  router.beforeEach((to) => applyCaptureParameter(to))
  router.beforeEach((to) => sessions.requireSignedIn(to))
  // The forwarding screens' own guards (beforeEnter) run after these: a hop's request is made
  // once the navigation is otherwise allowed.
  return { router, forwarding, screenOnView, sessionExpired: sessions.sessionExpired }
}

/** A router alone, for tests that only resolve addresses. */
export function createAppRouter(history?: RouterHistory, pinia?: Pinia): Router {
  return createAppRouting(history, pinia).router
}
