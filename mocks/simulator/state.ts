import type { SimulatorStateBody } from '@/contracts/simulator'
import { currentScenario, SCENARIOS } from '../scenarios'
import { isFrozen, isoAt, now } from '../shared/clock'
import { declaredEndpoints } from '../shared/endpoint'
import { faultSettings } from '../shared/faults'
import { storageResets } from '../shared/resetNotice'
import { currentPersona } from './persona'

/** Everything the launcher and the console show of the situation (GET /state). */
export function simulatorState(): SimulatorStateBody {
  return {
    scenario: currentScenario(),
    scenarios: SCENARIOS,
    clock: { now: isoAt(now()), frozen: isFrozen() },
    faults: faultSettings(),
    persona: currentPersona(),
    endpoints: {
      mynaportal: declaredEndpoints('mynaportal'),
      hellowork: declaredEndpoints('hellowork'),
    },
    storageReset: storageResets(),
  }
}
