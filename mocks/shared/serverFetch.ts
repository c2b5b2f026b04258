/**
 * How code inside the simulated servers sends a request: a back-channel call from one server to
 * the other, or the simulator walking a flow for the trainer console. Real servers talk to each
 * other directly, not through the visitor's browser, so these requests go straight to the other
 * server's handlers: they never pass through the page's `fetch`, which stands for the browser,
 * and never reach the real network.
 */
import { getResponse, type RequestHandler } from 'msw'
import { rebuildableRequest } from './rebuildableRequest'

export type ServerFetch = (url: string, init: RequestInit) => Promise<Response>

/**
 * The servers' own fetch for one set of handlers: each set built answers its back channel with
 * its own handlers, so two sets in one process (two tests' servers) never reach each other's.
 * `handlers` is read at the first request, so a set may be wired before its list is complete.
 */
export function connectServers(handlers: () => RequestHandler[]): ServerFetch {
  return async (url, init) => {
    const request = rebuildableRequest(url, init)
    const response = await getResponse(handlers(), request)
    if (response) return response
    // As unreachable as a server nobody runs: never sent anywhere else.
    throw new TypeError(`No simulated server answers ${request.method} ${request.url}`)
  }
}
