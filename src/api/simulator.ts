import type { SequenceBody } from '@/contracts/sequence'
import type { DataEdit, ServerDataBody } from '@/contracts/serverData'
import type {
  ClockRequest,
  FaultRequest,
  PersonaRequest,
  SimulatorStateBody,
  SituationBody,
  SituationRequest,
} from '@/contracts/simulator'
import { SIMULATOR_API } from '@/contracts/sites'
import { requestJson } from './http'

/** The simulator's control endpoints (scenario, situation, clock, faults, persona, data, sequence). */
export const simulatorApi = {
  state: () => requestJson<SimulatorStateBody>(`${SIMULATOR_API}/state`),
  loadScenario: (name: string) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/scenario`, { body: { name } }),
  applySituation: (request: SituationRequest) =>
    requestJson<SituationBody>(`${SIMULATOR_API}/situation`, { body: request }),
  setClock: (request: ClockRequest) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/clock`, { body: request }),
  setFault: (request: FaultRequest) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/faults`, { body: request }),
  setPersona: (request: PersonaRequest) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/persona`, { body: request }),
  serverData: () => requestJson<ServerDataBody>(`${SIMULATOR_API}/data`),
  editData: (edit: DataEdit) =>
    requestJson<ServerDataBody>(`${SIMULATOR_API}/data`, { body: edit }),
  sequence: (after: number, epoch: string) =>
    requestJson<SequenceBody>(
      `${SIMULATOR_API}/sequence?${new URLSearchParams({ after: String(after), epoch })}`,
    ),
  clearSequence: () => requestJson<SequenceBody>(`${SIMULATOR_API}/sequence/clear`, { body: {} }),
}
