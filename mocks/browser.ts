import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { serveInPage } from './inPage'

/** Both simulated servers, answering inside this browser; nothing may reach the real network. */
export async function startMockServers(): Promise<unknown> {
  if (import.meta.env.MODE === 'offline') return serveInPage(handlers)
  // The worker's default scope is its own folder, the build's base: every page of the app.
  return setupWorker(...handlers).start({
    onUnhandledRequest(request, print) {
      // The app's own files (scripts, styles, fonts) are served by Vite or the static host.
      if (new URL(request.url).origin === location.origin) return
      print.error()
    },
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  })
}
