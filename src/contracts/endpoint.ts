import type { ErrorCode } from './errors'

/**
 * One endpoint of a simulated server, as `src/api` calls it and the mock handler serves it. The
 * request body, the answer and the error codes are types only: what the first screen's bundle
 * carries of a table is its methods and paths. The schemas that parse request bodies live with
 * the mock servers, which load after the first screen, and are checked against `Request`.
 */
export interface Endpoint<
  Path extends string = string,
  Request = unknown,
  Answer = unknown,
  Errors extends ErrorCode = ErrorCode,
> {
  readonly method: 'get' | 'post'
  readonly path: Path
  /** Never set: carries the types. */
  readonly contract?: { request: Request; answer: Answer; errors: Errors }
}

/** `endpoint<Request, Answer, Errors>()('post', '/login')`: the path's literal type is kept. */
export function endpoint<Request = undefined, Answer = void, Errors extends ErrorCode = never>() {
  return <const Path extends string>(
    method: 'get' | 'post',
    path: Path,
  ): Endpoint<Path, Request, Answer, Errors> => ({ method, path })
}

type Contract<E> = NonNullable<E extends Endpoint<string, unknown, unknown> ? E['contract'] : never>
export type RequestOf<E> = Contract<E>['request']
export type AnswerOf<E> = Contract<E>['answer']
export type ErrorsOf<E> = Contract<E>['errors']

/** `/mypage/jobs/:jobNumber` → `{ jobNumber: string }`. */
export type ParamsOf<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>

/** The endpoint's URL under a server's API root, each parameter encoded as one path segment. */
export function endpointUrl<Path extends string>(
  root: string,
  target: Endpoint<Path>,
  params?: ParamsOf<Path>,
): string {
  const values = (params ?? {}) as Record<string, string>
  return (
    root + target.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name]!))
  )
}
