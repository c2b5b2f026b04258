import { MESSAGES } from '@/contracts/errors'
import type { FaultMode, FaultSetting, PersonaSetting, ScenarioName } from '@/contracts/simulator'
import { LATENCY_MAX_MS } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { applyScenario, isScenarioName } from '../scenarios'
import { setClock } from '../shared/clock'
import { setFault } from '../shared/faults'
import { clearSequence } from '../shared/recorder'
import { applyPersona, parsePersona } from './persona'
import { PREPARABLE_FLOWS, prepareStep, stepCount } from './prepareStep'
import { refuse } from './refuse'

/**
 * A whole situation, as a shared URL names it. Every part is checked before anything changes;
 * then they are applied in the one order that works: the scenario (which resets cookies, clock
 * and faults), the persona, the clock, the walk up to the step (on that clock, with that
 * persona's e-mail), and the faults last, so an injected failure cannot stop the walk.
 */
export interface Situation {
  scenario: ScenarioName
  flow?: { id: string; step: number }
  persona?: PersonaSetting
  clock?: { at: number; frozen: boolean }
  faults: Partial<Record<SiteKey, FaultSetting>>
}

const SITES: SiteKey[] = ['mynaportal', 'hellowork']
const FAULT_MODES: FaultMode[] = ['none', 'error', 'timeout', 'maintenance']
// The console checks its fields first and says what to do; these reach only a hand-made request.
const FAULT_INVALID = '障害の設定が正しくありません。'
const CLOCK_INVALID = '日時の形式が正しくありません。'

export function parseFault(value: unknown): FaultSetting {
  const setting = value as Partial<FaultSetting> | null
  if (!setting || !FAULT_MODES.includes(setting.mode as FaultMode)) {
    return refuse(400, 'invalid_request', FAULT_INVALID)
  }
  const latencyMs = Number(setting.latencyMs ?? 0)
  if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > LATENCY_MAX_MS) {
    return refuse(400, 'invalid_request', FAULT_INVALID)
  }
  const endpoints = Array.isArray(setting.endpoints)
    ? setting.endpoints.filter((e): e is string => typeof e === 'string')
    : []
  return { mode: setting.mode as FaultMode, endpoints, latencyMs: Math.round(latencyMs) }
}

export { CLOCK_INVALID }

export function parseClock(value: unknown): { at: number; frozen: boolean } {
  const clock = (value ?? {}) as { now?: unknown; frozen?: unknown }
  const at = typeof clock.now === 'string' ? Date.parse(clock.now) : NaN
  if (Number.isNaN(at)) return refuse(400, 'invalid_request', CLOCK_INVALID)
  return { at, frozen: clock.frozen !== false }
}

function parseFlow(body: Record<string, unknown>): Situation['flow'] {
  if (body.flow === undefined) return undefined
  const id = typeof body.flow === 'string' ? body.flow : ''
  const steps = stepCount(id)
  if (steps === undefined) {
    return refuse(404, 'not_found', `手順の一覧に「${id}」はありません。一覧から選んでください。`)
  }
  const step = body.step
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > steps) {
    return refuse(400, 'invalid_request', `手順の番号は1から${steps}までで指定してください。`)
  }
  return { id, step }
}

export function parseSituation(body: Record<string, unknown>): Situation {
  const flow = parseFlow(body)
  const requested = typeof body.scenario === 'string' ? body.scenario : ''
  // A step needs its flow's situation: the flow's own scenario wins over the one named.
  const scenario = flow ? PREPARABLE_FLOWS[flow.id]!.scenario : requested
  if (!isScenarioName(scenario)) {
    return refuse(404, 'unknown_scenario', MESSAGES.unknownScenario(requested))
  }
  const faultsBody = (body.faults ?? {}) as Partial<Record<SiteKey, unknown>>
  const faults: Situation['faults'] = {}
  for (const site of SITES) {
    if (faultsBody[site] !== undefined) faults[site] = parseFault(faultsBody[site])
  }
  return {
    scenario,
    ...(flow ? { flow } : {}),
    ...(body.persona !== undefined ? { persona: parsePersona(body.persona) } : {}),
    ...(body.clock !== undefined ? { clock: parseClock(body.clock) } : {}),
    faults,
  }
}

/** Applies a parsed situation; answers the prepared step's location, if a step was named. */
export async function applySituation(situation: Situation): Promise<string | undefined> {
  await applyScenario(situation.scenario)
  clearSequence()
  if (situation.persona) await applyPersona(situation.persona)
  if (situation.clock) setClock(situation.clock.at, situation.clock.frozen)
  const location = situation.flow
    ? await prepareStep(situation.flow.id, situation.flow.step)
    : undefined
  for (const site of SITES) {
    const setting = situation.faults[site]
    if (setting) setFault(site, setting)
  }
  return location
}
