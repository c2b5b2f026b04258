import type { LocationQuery, LocationQueryValue } from 'vue-router'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import type { FaultMode, FaultSetting, SituationRequest } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { fromJstLocal, toJstLocal, zonedJstLocal } from '@/formatters/jstLocal'

/**
 * A situation written into a URL and read back: `?scenario=` plus, when they differ from the
 * scenario's defaults, the step of a flow, the persona, the clock and each server's fault:
 *   ?scenario=unlinked&flow=link&step=3&persona_name=…&clock=2021-09-22T10:30:00&clock_running=1
 *    &myna_fault=timeout&myna_latency=1500&hw_fault=error&hw_endpoints=/token,/jwks
 * The clock is Japan time. Values are passed on as written; the server judges them.
 */
const SITE_PREFIX: Record<SiteKey, string> = { mynaportal: 'myna', hellowork: 'hw' }
const PERSONA_KEYS = {
  displayName: 'persona_name',
  email: 'persona_email',
  officeName: 'persona_office',
} as const

export const DEFAULT_CLOCK = '2021-09-22T10:00:00'

export const SITUATION_KEYS = [
  'scenario',
  'flow',
  'step',
  ...Object.values(PERSONA_KEYS),
  'clock',
  'clock_running',
  ...Object.values(SITE_PREFIX).flatMap((p) => [`${p}_fault`, `${p}_latency`, `${p}_endpoints`]),
]

const text = (value: LocationQueryValue | LocationQueryValue[] | undefined) =>
  (Array.isArray(value) ? value.at(-1) : value) ?? undefined

/** Whether the URL names more than a scenario (a plain `?scenario=` keeps its old meaning). */
export function namesMoreThanScenario(query: LocationQuery): boolean {
  return SITUATION_KEYS.some((key) => key !== 'scenario' && Object.hasOwn(query, key))
}

export function withoutSituation(query: LocationQuery): LocationQuery {
  return Object.fromEntries(Object.entries(query).filter(([key]) => !SITUATION_KEYS.includes(key)))
}

export function situationFromQuery(query: LocationQuery): SituationRequest {
  const value = (key: string) => (Object.hasOwn(query, key) ? text(query[key]) : undefined)
  const request: SituationRequest = { scenario: value('scenario') ?? '' }
  const flow = value('flow')
  if (flow !== undefined) Object.assign(request, { flow, step: Number(value('step') ?? 1) })
  if (Object.values(PERSONA_KEYS).some((key) => Object.hasOwn(query, key))) {
    request.persona = {
      displayName: value(PERSONA_KEYS.displayName) ?? PRACTICE_PERSONA.displayName,
      email: value(PERSONA_KEYS.email) ?? PRACTICE_PERSONA.email,
      officeName: value(PERSONA_KEYS.officeName) ?? PRACTICE_PERSONA.officeName,
    }
  }
  const clock = value('clock')
  if (clock !== undefined) {
    // A time the clock would not take is passed on with its zone, for the server to say why.
    const now = fromJstLocal(clock) ?? zonedJstLocal(clock) ?? clock
    request.clock = { now, frozen: value('clock_running') !== '1' }
  }
  for (const [site, prefix] of Object.entries(SITE_PREFIX) as [SiteKey, string][]) {
    const mode = value(`${prefix}_fault`)
    const latency = value(`${prefix}_latency`)
    if (mode === undefined && latency === undefined) continue
    const endpoints = value(`${prefix}_endpoints`)
    request.faults = {
      ...request.faults,
      [site]: {
        mode: (mode ?? 'none') as FaultMode,
        latencyMs: Number(latency ?? 0),
        endpoints: endpoints ? endpoints.split(',') : [],
      },
    }
  }
  return request
}

const isQuiet = (fault: FaultSetting) => fault.mode === 'none' && fault.latencyMs === 0

/** The query for a situation, leaving out whatever equals the scenario's default. */
export function situationToQuery(situation: SituationRequest): Record<string, string> {
  const query: Record<string, string> = { scenario: situation.scenario }
  if (situation.flow !== undefined && situation.step !== undefined) {
    Object.assign(query, { flow: situation.flow, step: String(situation.step) })
  }
  const persona = situation.persona
  if (
    persona &&
    (Object.keys(PERSONA_KEYS) as (keyof typeof PERSONA_KEYS)[]).some(
      (k) => persona[k] !== PRACTICE_PERSONA[k],
    )
  ) {
    for (const [field, key] of Object.entries(PERSONA_KEYS)) {
      query[key] = persona[field as keyof typeof PERSONA_KEYS]
    }
  }
  if (situation.clock) {
    const local = toJstLocal(situation.clock.now)
    if (local !== DEFAULT_CLOCK || !situation.clock.frozen) query.clock = local
    if (!situation.clock.frozen) query.clock_running = '1'
  }
  for (const [site, prefix] of Object.entries(SITE_PREFIX) as [SiteKey, string][]) {
    const fault = situation.faults?.[site]
    if (!fault || isQuiet(fault)) continue
    if (fault.mode !== 'none') query[`${prefix}_fault`] = fault.mode
    if (fault.latencyMs > 0) query[`${prefix}_latency`] = String(fault.latencyMs)
    if (fault.endpoints.length > 0) query[`${prefix}_endpoints`] = fault.endpoints.join(',')
  }
  return query
}
