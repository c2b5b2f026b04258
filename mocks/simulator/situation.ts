import { readClockInput } from '@/contracts/clockInput'
import { MESSAGES } from '@/contracts/errors'
import type { FaultSetting, PersonaSetting, ScenarioName } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { applyScenario, isScenarioName } from '../scenarios'
import { setClock } from '../shared/clock'
import { setFault } from '../shared/faults'
import { ownField } from '../shared/jsonBody'
import { clearSequence } from '../shared/recorder'
import { applyPersona, parsePersona } from './persona'
import { preparableFlow, prepareStep, stepCount } from './prepareStep'
import { refuse, shown } from '../shared/refusal'
import type { ServerFetch } from '../shared/serverFetch'
import { checked, FAULT_INVALID, FAULT_SETTING } from './requests'

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
export function parseFault(value: unknown): FaultSetting {
  return checked(FAULT_SETTING, value, FAULT_INVALID)
}

/** The clock a situation names: a real calendar day inside the window, or the 400 saying which. */
export function parseClock(value: unknown): { at: number; frozen: boolean } {
  const clock = isRecord(value) ? value : {}
  const text = ownField(clock, 'now')
  const input = readClockInput(typeof text === 'string' ? text : '')
  if ('refused' in input) return refuse(400, 'invalid_request', input.refused)
  return { at: input.at, frozen: ownField(clock, 'frozen') !== false }
}

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null

function parseFlow(body: Record<string, unknown>): Situation['flow'] {
  const flow = ownField(body, 'flow')
  if (flow === undefined) return undefined
  const id = typeof flow === 'string' ? flow : ''
  const steps = stepCount(id)
  if (steps === undefined) return refuse(404, 'not_found', MESSAGES.unknownFlow(shown(id)))
  const step = ownField(body, 'step')
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 1 || step > steps) {
    return refuse(400, 'invalid_request', `手順の番号は1から${steps}までで指定してください。`)
  }
  return { id, step }
}

export function parseSituation(body: Record<string, unknown>): Situation {
  const flow = parseFlow(body)
  const named = ownField(body, 'scenario')
  const requested = typeof named === 'string' ? named : ''
  // A step needs its flow's situation: the flow's own scenario wins over the one named.
  const scenario = flow ? preparableFlow(flow.id)!.scenario : requested
  if (!isScenarioName(scenario)) {
    return refuse(404, 'unknown_scenario', MESSAGES.unknownScenario(shown(requested)))
  }
  const faultsBody = ownField(body, 'faults') ?? {}
  if (!isRecord(faultsBody)) return refuse(400, 'invalid_request', FAULT_INVALID)
  const faults: Situation['faults'] = {}
  for (const site of SITES) {
    const setting = ownField(faultsBody, site)
    if (setting !== undefined) faults[site] = parseFault(setting)
  }
  const persona = ownField(body, 'persona')
  const clock = ownField(body, 'clock')
  return {
    scenario,
    ...(flow ? { flow } : {}),
    ...(persona !== undefined ? { persona: parsePersona(persona) } : {}),
    ...(clock !== undefined ? { clock: parseClock(clock) } : {}),
    faults,
  }
}

/** Applies a parsed situation; answers the prepared step's location, if a step was named. */
export async function applySituation(
  situation: Situation,
  serverFetch: ServerFetch,
): Promise<string | undefined> {
  await applyScenario(situation.scenario)
  clearSequence()
  if (situation.persona) await applyPersona(situation.persona)
  if (situation.clock) setClock(situation.clock.at, situation.clock.frozen)
  const location = situation.flow
    ? await prepareStep(situation.flow.id, situation.flow.step, serverFetch)
    : undefined
  for (const site of SITES) {
    const setting = situation.faults[site]
    if (setting) setFault(site, setting)
  }
  return location
}
