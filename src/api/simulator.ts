import type { FaultRequest, SimulatorStateBody } from '@/contracts/simulator'
import type { ClockRequest } from '@/contracts/simulator'
import { SIMULATOR_API } from '@/contracts/sites'
import { requestJson } from './http'

/** The simulator's control endpoints (scenario, clock, faults). */
export const simulatorApi = {
  state: () => requestJson<SimulatorStateBody>(`${SIMULATOR_API}/state`),
  loadScenario: (name: string) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/scenario`, { body: { name } }),
  setClock: (request: ClockRequest) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/clock`, { body: request }),
  setFault: (request: FaultRequest) =>
    requestJson<SimulatorStateBody>(`${SIMULATOR_API}/faults`, { body: request }),
}
