import { createPinia, type Pinia } from 'pinia'
import type { App } from 'vue'
import type { Router, RouterHistory } from 'vue-router'
import { setApiClient } from '@/api/appClient'
import { createApiClient, type ApiClient } from '@/api/http'
import { createAppRouting } from '@/router'
import { FORWARDING_KEY } from '@/router/forwardingHops'

export interface SimulatorAppOptions {
  /** Where the routes live; the browser's by default, a memory history in tests. */
  history?: RouterHistory
  /** Starts both simulated servers; tests start them before mounting and leave this out. */
  startServers?: () => Promise<unknown>
}

/** Everything one app of the simulator is made of, installed into a Vue app as a plugin. */
export interface SimulatorApp {
  install(app: App): void
  pinia: Pinia
  router: Router
  api: ApiClient
}

/**
 * Builds the app's parts, each its own: the store, the router with its guards, and the client
 * that sends the requests, told by the router which screen is on view and telling it of a lapsed
 * session. The client is held by this app's Pinia, so its stores and screens use no other. The
 * page (src/main.ts) and the tests' mount build it the same way.
 */
export function createSimulatorApp(options: SimulatorAppOptions = {}): SimulatorApp {
  const pinia = createPinia()
  const { router, forwarding, screenOnView, sessionExpired } = createAppRouting(
    options.history,
    pinia,
  )
  const api = createApiClient({
    startServers: options.startServers,
    screen: screenOnView,
    sessionExpired,
  })
  // Now, not on install: the first navigation's guards ask the servers before mounting.
  setApiClient(pinia, api)
  return {
    pinia,
    router,
    api,
    install(app) {
      app.use(pinia).use(router).provide(FORWARDING_KEY, forwarding)
    },
  }
}
