import { getResponse, type RequestHandler } from 'msw'
import { rebuildableRequest } from './shared/rebuildableRequest'

/**
 * The mock servers answering inside the page: `fetch` is wrapped before the first request and
 * every request goes through MSW's own handler resolution (`getResponse`), so the handlers, their
 * cookies and their localStorage data are exactly those the node server answers with in tests.
 *
 * Why not MSW's service worker: it carries each request from the page to itself and back to the
 * page, where the handlers run anyway, a quarter of a step's time (docs/performance.md).
 * tests/mocks/inPage.test.ts fails if `getResponse` stops answering as MSW's node server does.
 *
 * A request no handler answers is an error, and fails the way an unreachable server does: nothing
 * leaves for the real network. The one exception is the app's own origin (`passThrough`), whose
 * files a development server may fetch; the single file, opened from file://, has none.
 *
 * Returns the function that puts the page's own `fetch` back.
 */
export function serveInPage(handlers: RequestHandler[], { passThrough = '' } = {}): () => void {
  const network = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const request = rebuildableRequest(input, init)
    const response = await getResponse(handlers, request)
    if (response) return response
    if (
      passThrough !== '' &&
      passThrough !== 'null' &&
      new URL(request.url).origin === passThrough
    ) {
      return network.call(globalThis, request)
    }
    console.error(
      `[MSW] ${request.method} ${request.url} has no mock handler; it was not sent (the simulator makes no network requests).`,
    )
    throw new TypeError('Failed to fetch')
  }
  return () => {
    globalThis.fetch = network
  }
}
