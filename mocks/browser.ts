import { setupWorker } from 'msw/browser'
import { HELLOWORK_ORIGIN, MYNAPORTAL_ORIGIN, SIMULATOR_ORIGIN } from '@/contracts/sites'
import { handlers } from './handlers'
import { serveInPage } from './inPage'

const SIMULATED_ORIGINS = new Set([MYNAPORTAL_ORIGIN, HELLOWORK_ORIGIN, SIMULATOR_ORIGIN])

/** Both simulated servers, answering inside this browser; nothing may reach the real network. */
export async function startMockServers(): Promise<unknown> {
  if (import.meta.env.MODE === 'offline') return serveInPage(handlers)
  holdRequestsOnceLeaving()
  // The worker's default scope is its own folder, the build's base: every page of the app.
  return setupWorker(...handlers).start({
    onUnhandledRequest(request, print) {
      // The app's own files (scripts, styles, fonts) are served by Vite or the static host.
      if (new URL(request.url).origin === location.origin) return
      print.error()
    },
    serviceWorker: { url: `${import.meta.env.BASE_URL}simulatorWorker.js` },
    quiet: true,
  })
}

/**
 * MSW's worker lets go of a page on `beforeunload`, and from then on passes that page's requests
 * on to the real network. A reload does not stop the old page at once: a step finishing as it
 * goes still asks for its next screen's data. Those requests are held, never sent; the page is
 * leaving and nobody will see their answer.
 */
function holdRequestsOnceLeaving(): void {
  let leaving = false
  addEventListener('beforeunload', () => (leaving = true))
  const send = globalThis.fetch.bind(globalThis)
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (leaving && SIMULATED_ORIGINS.has(new URL(url, location.href).origin)) {
      return new Promise<Response>(() => undefined)
    }
    return send(input, init)
  }
}
