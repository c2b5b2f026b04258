import type { AnswerOf, Method, ParamsOf, RequestOf, Route } from '@/contracts/endpoint'
import type { ApiClient } from './http'

interface CallOptions<R extends string, Request> {
  params?: ParamsOf<R>
  /** A query string, with its `?`. */
  query?: string
  body?: Request
}

/** Calls one server's endpoint table (src/contracts) through an app's client, typed by route. */
export function caller<Table>(client: ApiClient, root: string) {
  return <R extends keyof Table & Route>(
    route: R,
    options: CallOptions<R, RequestOf<Table[R]>> = {},
  ): Promise<AnswerOf<Table[R]>> => {
    const [method, path] = route.split(' ') as [Method, string]
    const params: Record<string, string> = options.params ?? {}
    // Each parameter is one path segment, whatever it holds.
    const url = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]!))
    return client.request(root + url + (options.query ?? ''), { method, body: options.body })
  }
}
