import type { ErrorCode } from './errors'

/**
 * What one endpoint of a simulated server takes and gives. A server's table is an interface from
 * route (`'POST /login'`, the method and the path under its API root) to Endpoint: types only,
 * so the first screen's bundle carries nothing of it but the route strings `src/api` sends. The
 * schemas that parse request bodies live with the mock servers, which load after the first
 * screen, and are checked against `request`.
 */
export interface Endpoint<Request = undefined, Answer = void, Errors extends ErrorCode = never> {
  request: Request
  answer: Answer
  errors: Errors
}

export type Method = 'GET' | 'POST'
export type Route = `${Method} /${string}`

export type RequestOf<E> = E extends Endpoint<infer Request, unknown, ErrorCode> ? Request : never
export type AnswerOf<E> = E extends Endpoint<unknown, infer Answer, ErrorCode> ? Answer : never

type PathParams<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & PathParams<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>

/** `'GET /mypage/jobs/:jobNumber'` → `{ jobNumber: string }`. */
export type ParamsOf<R extends string> = R extends `${Method} ${infer Path}`
  ? PathParams<Path>
  : never

/**
 * A table's routes in order, each exactly once: a route the table has and the list lacks is a
 * compile error that names it.
 */
export function routeList<Table>() {
  return <const List extends readonly (keyof Table & Route)[]>(
    list: List &
      (Exclude<keyof Table, List[number]> extends never
        ? unknown
        : { missing: Exclude<keyof Table, List[number]> }),
  ): List => list
}
