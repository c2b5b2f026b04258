import type { DataEdit } from '@/contracts/serverData'
import type {
  ClockRequest,
  FaultRequest,
  PersonaRequest,
  SituationRequest,
} from '@/contracts/simulator'
import type { SimulatorEndpoints } from '@/contracts/simulatorEndpoints'
import { SIMULATOR_API } from '@/contracts/sites'
import { caller } from './call'
import type { ApiClient } from './http'

/**
 * The simulator's control endpoints (scenario, situation, clock, faults, persona, data, sequence),
 * as one app's client calls them.
 */
export function simulatorApi(client: ApiClient) {
  const sim = caller<SimulatorEndpoints>(client, SIMULATOR_API)
  return {
    state: () => sim('GET /state'),
    loadScenario: (name: string) => sim('POST /scenario', { body: { name } }),
    applySituation: (request: SituationRequest) => sim('POST /situation', { body: request }),
    setClock: (request: ClockRequest) => sim('POST /clock', { body: request }),
    setFault: (request: FaultRequest) => sim('POST /faults', { body: request }),
    setPersona: (request: PersonaRequest) => sim('POST /persona', { body: request }),
    serverData: () => sim('GET /data'),
    editData: (edit: DataEdit) => sim('POST /data', { body: edit }),
    sequence: (after: number, epoch: string) =>
      sim('GET /sequence', {
        query: `?${new URLSearchParams({ after: String(after), epoch })}`,
      }),
    clearSequence: () => sim('POST /sequence/clear', { body: {} }),
  }
}

export type SimulatorApi = ReturnType<typeof simulatorApi>
