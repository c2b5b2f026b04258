/**
 * How code inside the simulated servers sends a request: a back-channel call from one server to
 * the other, or the simulator walking a flow for the trainer console. Real servers talk to each
 * other directly, not through the visitor's browser, so these requests go straight to the other
 * server's handlers: they never pass through the page's `fetch`, which stands for the browser,
 * and never reach the real network.
 */
import { getResponse, type RequestHandler } from 'msw'
import { rebuildableRequest } from './rebuildableRequest'

let dispatch: ((request: Request) => Promise<Response>) | undefined

/** Wires the servers to each other; called once with every handler, before the first request. */
export function connectServers(handlers: readonly RequestHandler[]): void {
  const answering = [...handlers]
  dispatch = async (request) => {
    const response = await getResponse(answering, request)
    if (response) return response
    // As unreachable as a server nobody runs: never sent anywhere else.
    throw new TypeError(`No simulated server answers ${request.method} ${request.url}`)
  }
}

export function serverFetch(url: string, init: RequestInit): Promise<Response> {
  if (!dispatch) throw new Error('connectServers(handlers) was not called before a server request')
  return dispatch(rebuildableRequest(url, init))
}
