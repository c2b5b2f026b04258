/**
 * Ways into the Hello Work screens for these tests, built on tests/support/protocol.ts: each does
 * what the screens before it would do, so a test mounts the app right on the screen it is about.
 */
import { expect } from 'vitest'
import type { ScenarioName } from '@/contracts/simulator'
import type { FaultMode } from '@/contracts/simulator'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API, type SiteKey } from '@/contracts/sites'
import { server } from '@mocks/node'
import { settle } from '../../support/app'
import {
  call,
  callback,
  decide,
  linkThroughProtocol,
  loadScenario,
  locationOf,
  mynaLogin,
  startLink,
} from '../../support/protocol'

/** Steps ①–③ through the protocol: this browser now holds a transaction waiting for ④. */
export async function reachLinkAuthenticate(scenario: ScenarioName = 'unlinked'): Promise<void> {
  await loadScenario(scenario)
  const csrfToken = await mynaLogin()
  await startLink(csrfToken)
  const next = locationOf(await callback(await decide('allow')))
  expect(next.pathname).toBe('/link/authenticate')
}

/** ① then 利用する on a linked site: single sign-on, ending with a Hello Work session. */
export async function signInBySso(scenario: ScenarioName = 'linked'): Promise<void> {
  await loadScenario(scenario)
  const csrfToken = await mynaLogin()
  const initiation = locationOf(
    await call(`${MYNAPORTAL_API}/connections/hellowork/use`, { body: { csrfToken } }),
  )
  const authorize = locationOf(
    await call(`${HELLOWORK_API}/auth/initiate`, {
      body: Object.fromEntries(initiation.searchParams),
    }),
  )
  const response = locationOf(await call(`${MYNAPORTAL_API}/authorize${authorize.search}`))
  const next = locationOf(await callback(response))
  expect(next.pathname).toBe('/mypage')
}

/** Steps ①–⑤ through the protocol: ④ leaves this browser signed in to Hello Work. */
export async function signInByLinking(
  scenario: ScenarioName = 'unlinked',
): Promise<{ csrfToken: string }> {
  await loadScenario(scenario)
  return linkThroughProtocol()
}

// Each request in flight, named by its method, address and the test that sent it: a request a
// test left behind shows up in the next test's settleRequests, which then says where it came from.
const inFlight = new Map<string, string>()
server.events.on('request:start', ({ request, requestId }) => {
  const test = expect.getState().currentTestName ?? 'outside a test'
  inFlight.set(requestId, `${request.method} ${request.url} (sent by “${test}”)`)
})
server.events.on('request:end', ({ requestId }) => void inFlight.delete(requestId))
server.events.on('unhandledException', ({ requestId }) => void inFlight.delete(requestId))

/**
 * Waits until the app has no request in flight, three checks in a row: a test that ends while
 * the next screen still talks to a server would see that request fail in the following test.
 */
export async function settleRequests(timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let quiet = 0
  while (quiet < 3) {
    if (Date.now() > deadline) {
      throw new Error(`still in flight: ${[...inFlight.values()].join('; ')}`)
    }
    await settle(1)
    quiet = inFlight.size === 0 ? quiet + 1 : 0
  }
}

/** Makes one server fail (or work again) from now on, as a trainer would from the launcher. */
export async function injectFault(
  site: SiteKey,
  mode: FaultMode,
  endpoints: string[] = [],
): Promise<void> {
  const answer = await call(`${SIMULATOR_API}/faults`, {
    body: { site, setting: { mode, endpoints, latencyMs: 0 } },
  })
  expect(answer.status).toBe(200)
}

/** Counts the requests the app sends to a server while `action` runs. */
export async function countRequests(origin: string, action: () => Promise<void>): Promise<number> {
  let count = 0
  const listener = ({ request }: { request: Request }) => {
    if (request.url.startsWith(origin)) count += 1
  }
  server.events.on('request:start', listener)
  try {
    await action()
  } finally {
    server.events.removeListener('request:start', listener)
  }
  return count
}
