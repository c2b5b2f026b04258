/**
 * The simulator's control surface (mocks/simulator/handlers.ts): GET /state, POST /scenario,
 * POST /clock, POST /faults; and what an injected fault does to every endpoint of both servers
 * (mocks/shared/endpoint.ts: faults apply before the handler, so they change nothing).
 */
import type { HttpHandler } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { FaultMode, SimulatorStateBody } from '@/contracts/simulator'
import { CLOCK_EARLIEST, CLOCK_LATEST, SCENARIO_NAMES } from '@/contracts/simulator'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API, type SiteKey } from '@/contracts/sites'
import { createHandlers } from '@mocks/handlers'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import {
  authenticateLink,
  call,
  callback,
  hwCsrf,
  injectFault,
  loadScenario,
  locationOf,
  mynaLogin,
  reachStepFour,
  startSso,
} from '../support/protocol'
import {
  auditLog,
  cookie,
  everything,
  helloworkConnections,
  hwAccount,
  lastAudit,
  mynaUser,
  subjectOf,
} from '../support/serverState'

const NO_FAULT = { mode: 'none', endpoints: [], latencyMs: 0 }

const state = () => call<SimulatorStateBody>(`${SIMULATOR_API}/state`)
const setScenario = (name: unknown) => call(`${SIMULATOR_API}/scenario`, { body: { name } })
const setClock = (body: Record<string, unknown>) =>
  call<SimulatorStateBody>(`${SIMULATOR_API}/clock`, { body })
const setFaults = (body: unknown) => call<SimulatorStateBody>(`${SIMULATOR_API}/faults`, { body })
/** A body as written, JSON or not. */
const send = (path: string, text: string) =>
  fetch(`${SIMULATOR_API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  })

describe('GET /state', () => {
  it('shows the default scenario, every scenario, the frozen clock and no faults', async () => {
    const answer = await state()

    expect(answer.status).toBe(200)
    expect(answer.body.scenario).toBe('unlinked')
    expect(answer.body.scenarios.map((s) => s.name)).toEqual([...SCENARIO_NAMES])
    expect(answer.body.clock).toEqual({ now: '2021-09-22T01:00:00.000Z', frozen: true })
    expect(answer.body.faults).toEqual({ mynaportal: NO_FAULT, hellowork: NO_FAULT })
  })
})

describe('POST /scenario', () => {
  it.each(['nope', '', 42])(
    'refuses the unknown scenario %j with 404 and the message',
    async (name) => {
      await mynaLogin()
      const before = everything()

      expect(await setScenario(name)).toEqual({
        status: 404,
        body: {
          error: {
            code: 'unknown_scenario',
            message: MESSAGES.unknownScenario(typeof name === 'string' ? name : ''),
          },
        },
      })
      expect(everything()).toEqual(before)
    },
  )

  it('names the scenario in the message', async () => {
    const answer = await setScenario('nope')
    expect(answer.body).toMatchObject({
      error: { message: 'シナリオ「nope」はありません。一覧から選んでください。' },
    })
  })

  it('signs every browser out, heals every fault and resets the clock', async () => {
    await mynaLogin()
    await injectFault('hellowork', 'maintenance')
    await setClock({ advanceMinutes: 90 })

    const answer = await setScenario('linked')

    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      scenario: 'linked',
      clock: { now: '2021-09-22T01:00:00.000Z', frozen: true },
      faults: { mynaportal: NO_FAULT, hellowork: NO_FAULT },
    })
    expect(cookie('mynaportal', 'myna_sid')).toBeUndefined()
    expect(mynaportalDb.read().sessions).toEqual([])
  })

  it('loads unlinked: neither side has a link', async () => {
    await loadScenario('unlinked')
    expect(helloworkDb.read().links).toEqual([])
    expect(helloworkConnections()).toEqual([])
  })

  it('loads linked: one link and one connection, and single sign-on works', async () => {
    await loadScenario('linked')
    expect(helloworkDb.read().links).toEqual([
      expect.objectContaining({ accountId: 'hw-account-1', sub: subjectOf('card-ashita') }),
    ])
    expect(helloworkConnections()).toEqual([expect.objectContaining({ userId: 'myna-user-1' })])
    expect(locationOf(await callback(await startSso(await mynaLogin()))).pathname).toBe('/mypage')
  })

  it('loads mismatch: Mynaportal says connected, Hello Work has no link', async () => {
    await loadScenario('mismatch')
    expect(helloworkDb.read().links).toEqual([])
    expect(helloworkConnections()).toEqual([expect.objectContaining({ userId: 'myna-user-1' })])
    expect(locationOf(await callback(await startSso(await mynaLogin()))).pathname).toBe(
      '/link/mismatch',
    )
  })

  it('loads pin-locked: the card refuses even the right PIN', async () => {
    await loadScenario('pin-locked')
    expect(mynaUser()).toMatchObject({ pinLocked: true })
    const answer = await call(`${MYNAPORTAL_API}/login`, {
      body: { cardId: 'card-ashita', pin: '1234' },
    })
    expect(answer.status).toBe(423)
  })

  it('loads hw-locked: 属性連携認証 refuses even the right password', async () => {
    await loadScenario('hw-locked')
    await reachStepFour()
    expect((await authenticateLink()).status).toBe(423)
  })

  it('loads linked-elsewhere: the account is linked to the other Mynaportal user', async () => {
    await loadScenario('linked-elsewhere')
    expect(helloworkDb.read().links).toEqual([
      expect.objectContaining({ accountId: 'hw-account-1', sub: subjectOf('card-yamada') }),
    ])
    expect(helloworkConnections()).toEqual([expect.objectContaining({ userId: 'myna-user-2' })])
  })

  it('loads otp: the account asks for a one-time password', async () => {
    await loadScenario('otp')
    expect(hwAccount().otpRequired).toBe(true)
    expect(helloworkDb.read().links).toEqual([])
  })

  it('loads expired-registration: 求職登録 is 無効', async () => {
    await loadScenario('expired-registration')
    expect(hwAccount().registrationValid).toBe(false)
  })

  it('removes what an older schema version stored, and no other site’s keys', async () => {
    localStorage.setItem('mhsim:v1:mynaportal', '{"schemaVersion":1,"data":{}}')
    localStorage.setItem('mhsim:v1:sequence', '{"schemaVersion":1,"data":{}}')
    localStorage.setItem('another-app:settings', 'kept')
    await loadScenario('unlinked')
    expect(localStorage.getItem('mhsim:v1:mynaportal')).toBeNull()
    expect(localStorage.getItem('mhsim:v1:sequence')).toBeNull()
    expect(localStorage.getItem('another-app:settings')).toBe('kept')
    expect(mynaportalDb.load()).toBeDefined()
  })

  it('gives fresh subjects and secrets on every load', async () => {
    await loadScenario('linked')
    const first = { sub: subjectOf(), secret: helloworkDb.read().client.secret }
    await loadScenario('linked')
    expect(subjectOf()).not.toBe(first.sub)
    expect(helloworkDb.read().client.secret).not.toBe(first.secret)
  })
})

describe('bodies the control surface cannot read', () => {
  const CONTROL_POSTS = ['/scenario', '/situation', '/clock', '/faults', '/persona', '/data']

  it.each(
    CONTROL_POSTS.flatMap((path) =>
      ['null', '[]', '"x"', '12', '{"name":', ''].map((text) => ({ path, text })),
    ),
  )(
    'POST $path refuses the body $text with 400 and what to do, changing nothing',
    async ({ path, text }) => {
      await mynaLogin()
      const before = everything()

      const answer = await send(path, text)

      expect(answer.status).toBe(400)
      expect(await answer.json()).toEqual({
        error: { code: 'invalid_request', message: MESSAGES.controlRequestInvalid },
      })
      expect(everything()).toEqual(before)
    },
  )

  it('repeats at most 40 characters of a name it does not know', async () => {
    const answer = await setScenario('x'.repeat(100_000))
    expect(answer.body).toEqual({
      error: { code: 'unknown_scenario', message: MESSAGES.unknownScenario(`${'x'.repeat(40)}…`) },
    })
  })
})

describe('POST /clock', () => {
  it('advances the simulated clock by minutes', async () => {
    const answer = await setClock({ advanceMinutes: 11 })
    expect(answer.status).toBe(200)
    expect(answer.body.clock).toEqual({ now: '2021-09-22T01:11:00.000Z', frozen: true })
    expect((await state()).body.clock.now).toBe('2021-09-22T01:11:00.000Z')
  })

  it('sets the clock to an instant', async () => {
    const answer = await setClock({ setTo: '2021-10-01T09:00:00+09:00' })
    expect(answer.body.clock.now).toBe('2021-10-01T00:00:00.000Z')
  })

  it.each([
    ['an instant it cannot read', '{"setTo":"next tuesday"}', MESSAGES.clockFormat],
    ['an instant that is not a string', '{"setTo":7}', MESSAGES.clockFormat],
    ['an instant without its zone', '{"setTo":"2021-09-22T10:00:00"}', MESSAGES.clockFormat],
    ['the 25th hour', '{"setTo":"2021-09-22T25:00:00+09:00"}', MESSAGES.clockFormat],
    [
      'the last instant JavaScript has',
      '{"setTo":"+275760-09-13T00:00:00Z"}',
      MESSAGES.clockFormat,
    ],
    [
      'February 30',
      '{"setTo":"2021-02-30T10:00:00+09:00"}',
      MESSAGES.clockNoSuchDate('2021年2月30日'),
    ],
    [
      'February 29 of 2021',
      '{"setTo":"2021-02-29T10:00:00Z"}',
      MESSAGES.clockNoSuchDate('2021年2月29日'),
    ],
    ['April 31', '{"setTo":"2021-04-31T10:00:00Z"}', MESSAGES.clockNoSuchDate('2021年4月31日')],
    ['a second before 1900', '{"setTo":"1899-12-31T23:59:59+09:00"}', MESSAGES.clockOutOfRange],
    ['a second after 2200', '{"setTo":"2201-01-01T00:00:00+09:00"}', MESSAGES.clockOutOfRange],
    ['an advance past 2200', '{"advanceMinutes":1e12}', MESSAGES.clockAdvanceOutOfRange],
    ['a step back before 1900', '{"advanceMinutes":-1e9}', MESSAGES.clockAdvanceOutOfRange],
    ['an infinite advance', '{"advanceMinutes":1e999}', MESSAGES.clockAdvanceInvalid],
    [
      'an advance of null (what NaN becomes)',
      '{"advanceMinutes":null}',
      MESSAGES.clockAdvanceInvalid,
    ],
    ['an advance in words', '{"advanceMinutes":"10"}', MESSAGES.clockAdvanceInvalid],
    ['frozen in words', '{"frozen":"yes"}', MESSAGES.clockFrozenInvalid],
    [
      'a good time with an advance past 2200',
      '{"setTo":"2200-12-31T23:00:00+09:00","advanceMinutes":61}',
      MESSAGES.clockAdvanceOutOfRange,
    ],
  ])('refuses %s with 400 and the message, leaving the clock', async (_case, text, message) => {
    await setClock({ frozen: true, setTo: '2021-10-01T09:00:00+09:00' })

    const answer = await send('/clock', text)

    expect(answer.status).toBe(400)
    expect(await answer.json()).toEqual({ error: { code: 'invalid_request', message } })
    expect((await state()).body.clock).toEqual({ now: '2021-10-01T00:00:00.000Z', frozen: true })
  })

  it.each([
    ['first', CLOCK_EARLIEST, -1000],
    ['last', CLOCK_LATEST, 1000],
  ])('takes the %s instant of the window and refuses a second beyond it', async (_, edge, step) => {
    const iso = (at: number) => new Date(at).toISOString()

    expect((await setClock({ setTo: iso(edge) })).body.clock.now).toBe(iso(edge))
    expect((await setClock({ setTo: iso(edge + step) })).status).toBe(400)
    expect((await state()).body.clock.now).toBe(iso(edge))
  })

  it('takes February 29 of a leap year, and refuses it in other years', async () => {
    expect((await setClock({ setTo: '2024-02-29T10:00:00+09:00' })).status).toBe(200)
    expect((await setClock({ setTo: '2023-02-29T10:00:00+09:00' })).status).toBe(400)
    expect((await state()).body.clock.now).toBe('2024-02-29T01:00:00.000Z')
  })

  it('keeps both servers answering after a refused advance', async () => {
    expect((await setClock({ advanceMinutes: 1e12 })).status).toBe(400)

    expect((await call(`${MYNAPORTAL_API}/login/cards`)).status).toBe(200)
    expect((await call(`${HELLOWORK_API}/login`)).status).toBe(200)
    expect((await state()).body.clock.now).toBe('2021-09-22T01:00:00.000Z')
  })

  it('runs and freezes the clock', async () => {
    expect((await setClock({ frozen: false })).body.clock.frozen).toBe(false)
    expect((await setClock({ frozen: true })).body.clock.frozen).toBe(true)
  })

  it('stamps audit events with the simulated time', async () => {
    await setClock({ advanceMinutes: 5 })
    await call(`${MYNAPORTAL_API}/session`)
    expect(lastAudit('mynaportal')?.at).toBe('2021-09-22T01:05:00.000Z')
  })
})

describe('POST /faults', () => {
  const INVALID = {
    status: 400,
    body: { error: { code: 'invalid_request', message: '障害の設定が正しくありません。' } },
  }

  it.each([
    ['an unknown site', { site: 'simulator', setting: { mode: 'error' } }],
    ['no site', { setting: { mode: 'error' } }],
    ['an unknown mode', { site: 'hellowork', setting: { mode: 'explode' } }],
    ['no setting', { site: 'hellowork' }],
    ['a negative latency', { site: 'hellowork', setting: { mode: 'none', latencyMs: -1 } }],
    ['a latency over 5 s', { site: 'hellowork', setting: { mode: 'none', latencyMs: 5001 } }],
    [
      'a latency that is not a number',
      { site: 'hellowork', setting: { mode: 'none', latencyMs: 'x' } },
    ],
  ])('refuses %s with 400, leaving the faults', async (_, body) => {
    await injectFault('mynaportal', 'timeout', ['/token'])
    const before = (await state()).body.faults

    expect(await setFaults(body)).toEqual(INVALID)
    expect((await state()).body.faults).toEqual(before)
  })

  it('stores a setting for one server, keeping only the endpoint paths that are strings', async () => {
    const answer = await setFaults({
      site: 'hellowork',
      setting: { mode: 'timeout', endpoints: ['/auth/callback', 7], latencyMs: 200 },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.faults).toEqual({
      mynaportal: NO_FAULT,
      hellowork: { mode: 'timeout', endpoints: ['/auth/callback'], latencyMs: 200 },
    })
  })

  it('fails only the listed endpoint of the one server', async () => {
    await injectFault('mynaportal', 'error', ['/login'])

    expect(
      (await call(`${MYNAPORTAL_API}/login`, { body: { cardId: 'x', pin: '1' } })).status,
    ).toBe(500)
    expect((await call(`${MYNAPORTAL_API}/login/cards`)).status).toBe(200)
    expect((await call(`${HELLOWORK_API}/link/transaction`)).status).toBe(400)
  })

  it('fails every endpoint of the server when no endpoint is listed, and none of the other', async () => {
    await injectFault('hellowork', 'maintenance')

    expect((await call(`${HELLOWORK_API}/session`)).status).toBe(503)
    expect((await call(`${HELLOWORK_API}/mypage/home`)).status).toBe(503)
    expect((await call(`${MYNAPORTAL_API}/login/cards`)).status).toBe(200)
  })

  it('heals a server with mode none', async () => {
    await injectFault('mynaportal', 'error')
    await injectFault('mynaportal', 'none')
    expect((await call(`${MYNAPORTAL_API}/login/cards`)).status).toBe(200)
  })
})

describe('injected latency', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds the answer back for latencyMs on the simulated network', async () => {
    await call(`${MYNAPORTAL_API}/login/cards`)
    await injectFault('mynaportal', 'none', ['/login/cards'], 3000)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let answered = false
    const pending = call(`${MYNAPORTAL_API}/login/cards`).then((answer) => {
      answered = true
      return answer
    })

    await vi.advanceTimersByTimeAsync(2999)
    expect(answered).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
    expect(answered).toBe(true)
  })
})

// Every endpoint both servers declare, read from the handlers themselves so a new one is covered.
interface DeclaredEndpoint {
  site: SiteKey
  method: 'GET' | 'POST'
  path: string
}

const SITE_NAMES = { mynaportal: 'マイナポータル', hellowork: 'ハローワークインターネットサービス' }
const API_ROOTS = { mynaportal: MYNAPORTAL_API, hellowork: HELLOWORK_API }
const EXAMPLE_PARAMS: Record<string, string> = {
  siteId: 'hellowork',
  jobNumber: '13040-03333333',
  messageId: 'msg-3',
}

const ENDPOINTS: DeclaredEndpoint[] = (createHandlers() as HttpHandler[]).flatMap((handler) => {
  const { method, path } = handler.info
  const url = String(path)
  const site = url.startsWith(MYNAPORTAL_API)
    ? 'mynaportal'
    : url.startsWith(HELLOWORK_API)
      ? 'hellowork'
      : undefined
  if (!site) return []
  return [{ site, method: method as 'GET' | 'POST', path: url.slice(API_ROOTS[site].length) }]
})

const INJECTED: Record<Exclude<FaultMode, 'none'>, { status: number; code: string }> = {
  error: { status: 500, code: 'server_error' },
  timeout: { status: 504, code: 'timeout' },
  maintenance: { status: 503, code: 'maintenance' },
}

function injectedMessage(mode: Exclude<FaultMode, 'none'>, site: DeclaredEndpoint['site']) {
  const siteName = SITE_NAMES[site]
  if (mode === 'error') return MESSAGES.serverError(siteName)
  if (mode === 'timeout') return MESSAGES.timeout(siteName)
  return MESSAGES.maintenance(siteName)
}

describe('an injected fault', () => {
  it('reaches every endpoint of both servers (the table below is complete)', () => {
    expect(ENDPOINTS.filter((e) => e.site === 'mynaportal').length).toBeGreaterThanOrEqual(16)
    expect(ENDPOINTS.filter((e) => e.site === 'hellowork').length).toBeGreaterThanOrEqual(17)
  })

  describe.each(Object.keys(INJECTED) as Exclude<FaultMode, 'none'>[])('in mode %s', (mode) => {
    it.each(ENDPOINTS)(
      'answers $method $path ($site) with its code and message, changing nothing',
      async ({ site, method, path }) => {
        // Signed in on both sites, linked: a request that worked would change something.
        await loadScenario('linked')
        const mynaCsrfToken = await mynaLogin()
        await callback(await startSso(mynaCsrfToken))
        const csrfToken = site === 'mynaportal' ? mynaCsrfToken : await hwCsrf()
        await injectFault(site, mode, [path])
        const before = everything()
        const auditLength = auditLog(site).length

        const concrete = path.replace(/:(\w+)/g, (_, name: string) => EXAMPLE_PARAMS[name]!)
        const answer = await call(`${API_ROOTS[site]}${concrete}`, {
          method,
          bearer: site === 'hellowork' ? mynaportalDb.read().helloworkBackChannelToken : undefined,
          body:
            method === 'POST'
              ? {
                  csrfToken,
                  cardId: 'card-ashita',
                  pin: '1234',
                  decision: 'allow',
                  jobNumber: '13040-03333333',
                  iss: 'https://mynaportal.example',
                  sub: subjectOf(),
                }
              : undefined,
        })

        const { status, code } = INJECTED[mode]
        expect(answer).toEqual({
          status,
          body: { error: { code, message: injectedMessage(mode, site) } },
        })
        expect(everything()).toEqual(before)
        expect(auditLog(site)).toHaveLength(auditLength + 1)
        expect(lastAudit(site)).toMatchObject({
          outcome: 'failure',
          code,
          detail: { injected: true },
        })
      },
    )
  })
})
