/**
 * The simulator's own control surface (not part of either site): which scenario is loaded, the
 * simulated clock, and injected failures. The launcher and the `?scenario=` parameter use it.
 * 1. GET  /state     everything the launcher shows
 * 2. POST /scenario  rewrites both servers' data to a named preset (and clears cookies: signed out)
 * 3. POST /clock     advance, set, freeze or run the simulated clock
 * 4. POST /faults    inject a failure or latency into one server
 */
import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/contracts/errors'
import { MESSAGES } from '@/contracts/errors'
import type { FaultMode, FaultSetting, SimulatorStateBody } from '@/contracts/simulator'
import { SIMULATOR_API } from '@/contracts/sites'
import {
  applyScenario,
  currentScenario,
  ensureSeeded,
  isScenarioName,
  SCENARIOS,
} from '../scenarios'
import { advanceClock, isFrozen, isoAt, now, setClock } from '../shared/clock'
import { faultSettings, setFault } from '../shared/faults'

function state(): SimulatorStateBody {
  return {
    scenario: currentScenario(),
    scenarios: SCENARIOS,
    clock: { now: isoAt(now()), frozen: isFrozen() },
    faults: faultSettings(),
  }
}

function badRequest(message: string) {
  return HttpResponse.json<ApiErrorBody>(
    { error: { code: 'invalid_request', message } },
    { status: 400 },
  )
}

const FAULT_MODES: FaultMode[] = ['none', 'error', 'timeout', 'maintenance']

function parseFault(value: unknown): FaultSetting | undefined {
  const setting = value as Partial<FaultSetting> | null
  if (!setting || !FAULT_MODES.includes(setting.mode as FaultMode)) return undefined
  const latencyMs = Number(setting.latencyMs ?? 0)
  if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 5000) return undefined
  const endpoints = Array.isArray(setting.endpoints)
    ? setting.endpoints.filter((e) => typeof e === 'string')
    : []
  return { mode: setting.mode as FaultMode, endpoints, latencyMs }
}

export const simulatorHandlers = [
  http.get(`${SIMULATOR_API}/state`, async (): Promise<Response> => {
    await ensureSeeded()
    return HttpResponse.json<SimulatorStateBody>(state())
  }),

  http.post(`${SIMULATOR_API}/scenario`, async ({ request }): Promise<Response> => {
    const { name } = (await request.json().catch(() => ({}))) as { name?: unknown }
    const requested = typeof name === 'string' ? name : ''
    if (!isScenarioName(requested)) {
      return HttpResponse.json<ApiErrorBody>(
        { error: { code: 'unknown_scenario', message: MESSAGES.unknownScenario(requested) } },
        { status: 404 },
      )
    }
    await applyScenario(requested)
    return HttpResponse.json<SimulatorStateBody>(state())
  }),

  http.post(`${SIMULATOR_API}/clock`, async ({ request }): Promise<Response> => {
    await ensureSeeded()
    const body = (await request.json().catch(() => ({}))) as Record<string, unknown>
    if (typeof body.setTo === 'string') {
      const at = Date.parse(body.setTo)
      if (Number.isNaN(at)) return badRequest('日時の形式が正しくありません。')
      setClock(at, isFrozen())
    }
    if (typeof body.advanceMinutes === 'number') advanceClock(body.advanceMinutes * 60_000)
    if (typeof body.frozen === 'boolean') setClock(now(), body.frozen)
    return HttpResponse.json<SimulatorStateBody>(state())
  }),

  http.post(`${SIMULATOR_API}/faults`, async ({ request }): Promise<Response> => {
    await ensureSeeded()
    const body = (await request.json().catch(() => ({}))) as Record<string, unknown>
    const setting = parseFault(body.setting)
    if ((body.site !== 'mynaportal' && body.site !== 'hellowork') || !setting) {
      return badRequest('障害の設定が正しくありません。')
    }
    setFault(body.site, setting)
    return HttpResponse.json<SimulatorStateBody>(state())
  }),
]
