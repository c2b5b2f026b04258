import { onTestFinished } from 'vitest'
import { server } from '@mocks/node'

/** Every request the app sends from now until the end of the test, as `METHOD url`. */
export function recordRequests(): string[] {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) =>
    void seen.push(`${request.method} ${request.url}`)
  server.events.on('request:start', listener)
  onTestFinished(() => void server.events.removeListener('request:start', listener))
  return seen
}
