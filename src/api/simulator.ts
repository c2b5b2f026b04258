import type { DataEdit } from '@/contracts/serverData'
import type {
  ClockRequest,
  FaultRequest,
  PersonaRequest,
  SituationRequest,
} from '@/contracts/simulator'
import { SIMULATOR_ENDPOINTS as SIM } from '@/contracts/simulatorEndpoints'
import { SIMULATOR_API } from '@/contracts/sites'
import { call } from './call'

/** The simulator's control endpoints (scenario, situation, clock, faults, persona, data, sequence). */
export const simulatorApi = {
  state: () => call(SIMULATOR_API, SIM.state),
  loadScenario: (name: string) => call(SIMULATOR_API, SIM.scenario, { body: { name } }),
  applySituation: (request: SituationRequest) =>
    call(SIMULATOR_API, SIM.situation, { body: request }),
  setClock: (request: ClockRequest) => call(SIMULATOR_API, SIM.clock, { body: request }),
  setFault: (request: FaultRequest) => call(SIMULATOR_API, SIM.faults, { body: request }),
  setPersona: (request: PersonaRequest) => call(SIMULATOR_API, SIM.persona, { body: request }),
  serverData: () => call(SIMULATOR_API, SIM.data),
  editData: (edit: DataEdit) => call(SIMULATOR_API, SIM.editData, { body: edit }),
  sequence: (after: number, epoch: string) =>
    call(SIMULATOR_API, SIM.sequence, {
      query: `?${new URLSearchParams({ after: String(after), epoch })}`,
    }),
  clearSequence: () => call(SIMULATOR_API, SIM.clearSequence, { body: {} }),
}
