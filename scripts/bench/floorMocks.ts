import { MYNAPORTAL_API } from '@/contracts/sites'

/**
 * The inlined-data floor of the cold-load benchmark: built in place of `@mocks/browser`
 * (vite.floor.config.ts), so the same app starts with no mock backend at all. It answers only
 * what the first screens ask, recorded from the real servers:
 *
 * - `/myna/`: GET /session (MynaportalLayout asks who is signed in; nobody on a first visit).
 * - `/hw/`: nothing.
 *
 * Anything else is noted in `window.__benchFloorUnanswered` and fails like an unreachable server;
 * the benchmark stops when a first screen asks something new, so the floor never silently
 * measures a broken screen.
 */
export const FLOOR_ANSWERS: Record<string, { status: number; body: unknown }> = {
  [`GET ${MYNAPORTAL_API}/session`]: {
    status: 401,
    body: { error: { code: 'unauthenticated', message: 'ログインしてください。' } },
  },
}

export async function startMockServers(): Promise<unknown> {
  const unanswered: string[] = []
  ;(window as unknown as { __benchFloorUnanswered: string[] }).__benchFloorUnanswered = unanswered
  const pageFetch = globalThis.fetch.bind(globalThis)
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    if (new URL(request.url).origin === location.origin) return pageFetch(request)
    const key = `${request.method} ${request.url}`
    const answer = FLOOR_ANSWERS[key]
    if (answer) return Response.json(answer.body, { status: answer.status })
    unanswered.push(key)
    throw new TypeError('Failed to fetch')
  }
  return undefined
}
