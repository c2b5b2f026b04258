/** The simulator's own control endpoints (under SIMULATOR_API): scenarios, clock, faults. */

export const SCENARIO_NAMES = [
  'unlinked',
  'linked',
  'mismatch',
  'pin-locked',
  'hw-locked',
  'linked-elsewhere',
  'otp',
  'expired-registration',
] as const

export type ScenarioName = (typeof SCENARIO_NAMES)[number]

export const DEFAULT_SCENARIO: ScenarioName = 'unlinked'

export interface ScenarioSummary {
  name: ScenarioName
  title: string
  description: string
}

export type FaultMode = 'none' | 'error' | 'timeout' | 'maintenance'

/** A failure injected into one server's endpoints (all of them, or the listed paths). */
export interface FaultSetting {
  mode: FaultMode
  /** Endpoint paths relative to the server's API root, e.g. "/token"; empty = every endpoint. */
  endpoints: string[]
  latencyMs: number
}

export interface SimulatorStateBody {
  scenario: ScenarioName
  scenarios: ScenarioSummary[]
  clock: { now: string; frozen: boolean }
  faults: { mynaportal: FaultSetting; hellowork: FaultSetting }
}

/** POST /scenario { name } → 200 SimulatorStateBody | 404 unknown_scenario */
export interface ScenarioRequest {
  name: string
}

/** POST /clock → 200 SimulatorStateBody */
export interface ClockRequest {
  advanceMinutes?: number
  frozen?: boolean
  /** ISO 8601 instant. */
  setTo?: string
}

/** POST /faults { site, setting } → 200 SimulatorStateBody */
export interface FaultRequest {
  site: 'mynaportal' | 'hellowork'
  setting: FaultSetting
}
