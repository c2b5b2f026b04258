import { getResponse, type RequestHandler } from 'msw'

/**
 * The mock servers answering inside the page, for the single file: a service worker cannot
 * register on file://, and the file has no worker script beside it anyway. `fetch` is wrapped
 * before the app mounts and every request goes through MSW's own handler resolution, so the
 * handlers, their cookies and their localStorage data are exactly those of the served build.
 *
 * Nothing is passed on to the network: the file has no files of its own to fetch, so a request
 * no handler answers is an error, and fails the way an unreachable server does.
 */
export function serveInPage(handlers: RequestHandler[]): void {
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    const response = await getResponse(handlers, request)
    if (response) return response
    console.error(
      `[MSW] ${request.method} ${request.url} has no mock handler; it was not sent (the single file makes no network requests).`,
    )
    throw new TypeError('Failed to fetch')
  }
}
