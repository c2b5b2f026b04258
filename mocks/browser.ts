import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

export const worker = setupWorker(...handlers)

/** Both simulated servers, answering inside this browser; nothing may reach the real network. */
export function startMockServers(): Promise<unknown> {
  return worker.start({
    onUnhandledRequest(request, print) {
      // The app's own files (scripts, styles, fonts) are served by Vite or the static host.
      if (new URL(request.url).origin === location.origin) return
      print.error()
    },
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  })
}
