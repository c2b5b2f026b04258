/**
 * Stored documents are checked on load, not trusted: one that fails its schema is reset on its
 * own, the others are kept, and the state says which were reset.
 */
import { describe, expect, it } from 'vitest'
import type { SimulatorStateBody } from '@/contracts/simulator'
import { MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { DEFAULT_SIMULATED_NOW } from '@mocks/shared/clock'
import { SCHEMA_VERSION, storageKey } from '@mocks/shared/persistence'
import {
  call,
  linkThroughProtocol,
  loadScenario,
  mynaLogin,
  seedServers,
} from '../support/protocol'
import { helloworkConnections, hwAccount } from '../support/serverState'

const state = async () => (await call<SimulatorStateBody>(`${SIMULATOR_API}/state`)).body
const store = (name: string, data: unknown) =>
  localStorage.setItem(storageKey(name), JSON.stringify({ schemaVersion: SCHEMA_VERSION, data }))
const SET_TO = '2021-10-01T09:30:00.000Z'

describe('stored documents that fail their schema', () => {
  it('resets a damaged Hello Work document alone: Mynaportal, its session and the clock are kept', async () => {
    await seedServers()
    // The clock first: moved after the sign-in, it would end the session by its lifetime.
    await call(`${SIMULATOR_API}/clock`, { body: { setTo: SET_TO } })
    await mynaLogin()
    const connections = mynaportalDb.read().connections
    store('hellowork', { ...helloworkDb.read(), accounts: 'not a list' })

    const after = await state()

    expect(after.storageReset).toEqual(['hellowork'])
    expect(after.clock.now).toBe(SET_TO)
    expect(mynaportalDb.read().connections).toEqual(connections)
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(200)
    await linkThroughProtocol()
    expect(helloworkConnections()).toHaveLength(1)
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  it('resets a damaged Mynaportal document with only Hello Work’s link records, and つなぐ works', async () => {
    await seedServers()
    await helloworkDb.update((data) => void (data.messages[0]!.read = true))
    localStorage.setItem(mynaportalDb.key, '{"schemaVersion":2,"data":{"users":[')

    const after = await state()

    expect(after.storageReset).toEqual(['mynaportal', 'helloworkLinks'])
    expect(helloworkDb.read().messages[0]!.read).toBe(true)
    await linkThroughProtocol()
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  it('drops a stored latency past the console’s limit instead of waiting for it', async () => {
    await seedServers()
    const stuck = { mode: 'none', endpoints: [], latencyMs: 10 * 24 * 3_600_000 }
    store('faults', { mynaportal: stuck, hellowork: stuck })

    const started = Date.now()
    const after = await state()
    await mynaLogin()

    expect(Date.now() - started).toBeLessThan(3000)
    expect(after.storageReset).toEqual(['faults'])
    expect(after.faults.mynaportal.latencyMs).toBe(0)
  })

  it('does not obey a stored clock outside the window', async () => {
    await seedServers()
    store('clock', { simulatedAt: Date.parse('3000-01-01T00:00:00Z'), anchoredAt: null })

    const after = await state()

    expect(after.storageReset).toEqual(['clock'])
    expect(Date.parse(after.clock.now)).toBe(DEFAULT_SIMULATED_NOW)
  })

  it('sets a persona no console could have set back to the practice one, alone', async () => {
    await seedServers()
    await call(`${SIMULATOR_API}/clock`, { body: { setTo: SET_TO } })
    const myna = mynaportalDb.read()
    myna.users[0]!.displayName = 'あ'.repeat(200)
    store('mynaportal', myna)

    const after = await state()

    expect(after.storageReset).toEqual(['persona'])
    expect(after.persona.displayName).toBe('明日 勇気')
    expect(after.clock.now).toBe(SET_TO)
  })

  it('resets cookies that are not a jar, and forgets the notice once a scenario is loaded', async () => {
    await seedServers()
    localStorage.setItem(storageKey('cookies'), '"a string"')
    expect((await state()).storageReset).toEqual(['cookies'])
    expect(hwAccount().email).toBe('yuki.ashita@example.jp')

    await loadScenario('unlinked')

    expect((await state()).storageReset).toEqual([])
  })
})
