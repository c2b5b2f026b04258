import type { LocationQuery } from 'vue-router'
import type { SimulatorStateBody } from '@/contracts/simulator'
import { situationToQuery } from '@/router/situationQuery'
import type { RunContext } from './attemptSchema'

const first = (value: LocationQuery[string] | undefined): string | null => {
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' && text.length > 0 ? text.slice(0, 100) : null
}

/** The simulator's own parameters on practice pages, not part of the situation they record. */
const PRACTICE_KEYS = new Set(['task', 'max_hints', 'max_mistakes'])

/**
 * What the trainer console has set when a run starts: the scenario, faults, persona and clock
 * (as its situation URL says them) and any other setting in the address, such as the screens'
 * era, labels or sign-in method, so two variants of a session can be told apart.
 */
export function runContext(state: SimulatorStateBody, query: LocationQuery): RunContext {
  const params = new URLSearchParams(
    situationToQuery({
      scenario: state.scenario,
      persona: state.persona,
      clock: state.clock,
      faults: state.faults,
    }),
  )
  for (const [key, value] of Object.entries(query)) {
    const text = first(value)
    if (text !== null && !params.has(key) && !PRACTICE_KEYS.has(key)) params.set(key, text)
  }
  return { era: first(query.era), signIn: first(query.signin), situation: params.toString() }
}
