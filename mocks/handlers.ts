import type { RequestHandler } from 'msw'
import { helloworkHandlers } from './hellowork/handlers'
import { mynaportalHandlers } from './mynaportal/handlers'
import { connectServers } from './shared/serverFetch'
import { simulatorHandlers } from './simulator/handlers'

/**
 * One set of both servers and the control surface, wired to each other: its back channel and the
 * simulator's walks are answered by this set alone (`first` answering before its own handlers),
 * so every way of running the servers (in the page, node) builds its own and none shares another's.
 */
export function createHandlers(first: readonly RequestHandler[] = []): RequestHandler[] {
  let handlers: RequestHandler[] = []
  const serverFetch = connectServers(() => handlers)
  handlers = [
    ...first,
    ...[...mynaportalHandlers, ...helloworkHandlers, ...simulatorHandlers].map((bind) =>
      bind(serverFetch),
    ),
  ]
  return handlers
}
