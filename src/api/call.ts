import { endpointUrl, type Endpoint, type ParamsOf } from '@/contracts/endpoint'
import { requestJson } from './http'

interface CallOptions<Path extends string, Request> {
  params?: ParamsOf<Path>
  /** A query string, with its `?`. */
  query?: string
  body?: Request
}

/** Calls one endpoint of a server's table: its method and path, its request and answer types. */
export function call<Path extends string, Request, Answer>(
  root: string,
  target: Endpoint<Path, Request, Answer>,
  options: CallOptions<Path, Request> = {},
): Promise<Answer> {
  const url = endpointUrl(root, target, options.params) + (options.query ?? '')
  return requestJson<Answer>(url, {
    method: target.method === 'get' ? 'GET' : 'POST',
    body: options.body,
  })
}
