import { http, HttpResponse } from 'msw'
import type { AnswerOf, Route } from '@/contracts/endpoint'
import type { SimulatorEndpoints } from '@/contracts/simulatorEndpoints'
import { SIMULATOR_API } from '@/contracts/sites'
import type { ServerHandler } from '../shared/endpoint'
import type { ServerFetch } from '../shared/serverFetch'
import { answering } from './requests'

interface ControlContext {
  request: Request
  /** The set's own fetch, for walking a flow through its servers' handlers. */
  serverFetch: ServerFetch
}

/**
 * One route of the control surface, as `src/api/simulator.ts` calls it: the route must be one of
 * the table's and the resolver gives that route's answer; whatever it throws is answered in the
 * servers' one error shape.
 */
export function defineControl<R extends keyof SimulatorEndpoints & Route>(
  route: R,
  resolver: (context: ControlContext) => Promise<AnswerOf<SimulatorEndpoints[R]>>,
): ServerHandler {
  const path = `${SIMULATOR_API}${route.slice(route.indexOf(' ') + 1)}`
  const method = route.startsWith('GET ') ? 'get' : 'post'
  return (serverFetch) =>
    http[method](path, ({ request }) =>
      answering(async () => HttpResponse.json(await resolver({ request, serverFetch }))),
    )
}
