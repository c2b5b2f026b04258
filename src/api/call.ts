import type { AnswerOf, Method, ParamsOf, RequestOf, Route } from '@/contracts/endpoint'
import { requestJson } from './http'

interface CallOptions<R extends string, Request> {
  params?: ParamsOf<R>
  /** A query string, with its `?`. */
  query?: string
  body?: Request
}

/** Calls the endpoints of one server's table (src/contracts), typed by their routes. */
export function caller<Table>(root: string) {
  return <R extends keyof Table & Route>(
    route: R,
    options: CallOptions<R, RequestOf<Table[R]>> = {},
  ): Promise<AnswerOf<Table[R]>> => {
    const [method, path] = route.split(' ') as [Method, string]
    const params: Record<string, string> = options.params ?? {}
    // Each parameter is one path segment, whatever it holds.
    const url = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]!))
    return requestJson(root + url + (options.query ?? ''), { method, body: options.body })
  }
}
