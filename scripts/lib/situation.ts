import { readClockInput } from '../../src/contracts/clockInput'
import { personaErrors } from '../../src/contracts/persona'
import { LATENCY_MAX_MS, type FaultMode } from '../../src/contracts/simulator'
import { situationFromQuery, SITUATION_KEYS } from '../../src/router/situationQuery'

/**
 * A trainer-console situation for a whole run: the query part of the console's shareable URL
 * (`persona_name=試験 花子&clock=2021-10-01T09:00:00`). Each part is checked here, by the rules the
 * simulator's server applies to it, so a bad one stops the run before any browser starts.
 * Each flow still starts from its own scenario at its first step, so `scenario`, `flow` and
 * `step` are left out (and said so).
 */
export class SituationError extends Error {}

const FAULT_MODES: FaultMode[] = ['none', 'error', 'timeout', 'maintenance']

/** Why the situation's value under `key` would be refused, or undefined when it is fine. */
function refusal(query: Record<string, string>, key: string): string | undefined {
  const request = situationFromQuery(query)
  if (key.startsWith('persona_')) {
    const fields = personaErrors(request.persona!)
    return Object.values(fields)[0]
  }
  if (key === 'clock') {
    const input = readClockInput(request.clock!.now)
    return 'refused' in input ? input.refused : undefined
  }
  const site = key.startsWith('myna_') ? 'mynaportal' : 'hellowork'
  const fault = request.faults?.[site]
  if (key.endsWith('_fault') && fault && !FAULT_MODES.includes(fault.mode)) {
    return `障害は ${FAULT_MODES.join('、')} のどれかです。`
  }
  const latency = fault?.latencyMs ?? 0
  if (
    key.endsWith('_latency') &&
    !(Number.isFinite(latency) && latency >= 0 && latency <= LATENCY_MAX_MS)
  ) {
    return `遅延は0から${LATENCY_MAX_MS}ミリ秒までです。`
  }
  return undefined
}

const IGNORED = ['scenario', 'flow', 'step']

export function parseSituationArg(text: string): {
  query: Record<string, string>
  ignored: string[]
} {
  const search = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text
  const params = new URLSearchParams(search.split('#')[0])
  const query: Record<string, string> = {}
  const ignored: string[] = []
  for (const [key, value] of params) {
    if (!SITUATION_KEYS.includes(key)) {
      throw new SituationError(
        `--situation の「${key}」という項目はありません（unknown key "${key}"）。使える項目: ${SITUATION_KEYS.filter((k) => !IGNORED.includes(k)).join(', ')}`,
      )
    }
    if (IGNORED.includes(key)) ignored.push(key)
    else query[key] = value
  }
  for (const key of Object.keys(query)) {
    const why = refusal(query, key)
    if (why) {
      throw new SituationError(
        `--situation の ${key} の値「${query[key]}」は使えません（bad value for ${key}）: ${why}`,
      )
    }
  }
  return { query, ignored }
}
