import { createHandlers } from './handlers'
import { serveInPage } from './inPage'

/**
 * Both simulated servers, answering inside this page through MSW's own request handling
 * (`inPage.ts`), in the served build as in the single file. MSW's service worker did the same
 * work one round trip further away: the page posted each request to the worker and the worker
 * posted it back to the page, where the handlers run anyway. ⑤ makes four requests in a row, and
 * that round trip was a quarter of the step (docs/performance.md has the figures).
 * Nothing may reach the real network; only the app's own files, which are not the servers'.
 */
export async function startMockServers(): Promise<void> {
  serveInPage(createHandlers(), { passThrough: location.origin })
}
