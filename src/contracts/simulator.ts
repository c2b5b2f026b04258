/**
 * The simulator's own control endpoints (under SIMULATOR_API): scenarios, clock, faults, the
 * persona, situations (a scenario prepared up to a step of a flow) and the sequence recorder.
 */
import type { SiteKey } from './sites'

export const SCENARIO_NAMES = [
  'unlinked',
  'linked',
  'mismatch',
  'pin-locked',
  'hw-locked',
  'linked-elsewhere',
  'otp',
  'expired-registration',
  'card-not-detected',
  'qr-expired',
  'phone-certificate-expired',
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

export const LATENCY_MAX_MS = 5000

/**
 * The window the simulated clock may be set to, inclusive. Outside it both servers' date
 * arithmetic stops meaning anything (a job posting valid "until" 275760 is not a lesson), so the
 * control surface refuses such a time and a stored clock outside it is not obeyed.
 */
export const CLOCK_EARLIEST = Date.parse('1900-01-01T00:00:00+09:00')
export const CLOCK_LATEST = Date.parse('2200-12-31T23:59:59+09:00')

export function isClockInRange(milliseconds: number): boolean {
  return (
    Number.isFinite(milliseconds) && milliseconds >= CLOCK_EARLIEST && milliseconds <= CLOCK_LATEST
  )
}

/** The practice persona's data a trainer may change; both servers keep their own copy. */
export interface PersonaSetting {
  displayName: string
  email: string
  officeName: string
}

export interface ClockSetting {
  /** ISO 8601 instant. */
  now: string
  frozen: boolean
}

export interface SimulatorStateBody {
  scenario: ScenarioName
  scenarios: ScenarioSummary[]
  clock: ClockSetting
  faults: Record<SiteKey, FaultSetting>
  persona: PersonaSetting
  /** Every endpoint path each server declares, for injecting a fault into one of them. */
  endpoints: Record<SiteKey, string[]>
  /** Stored documents found damaged and reset since the scenario was last loaded. */
  storageReset?: StoredDocument[]
}

/**
 * What the browser keeps, by what a trainer calls it: the launcher and the console name the ones
 * that could not be read and were set back to their initial state.
 */
export const STORED_DOCUMENT_NAMES = {
  mynaportal: 'マイナポータルのデータ',
  hellowork: 'ハローワークのデータ',
  helloworkLinks: 'ハローワーク側の連携の記録',
  persona: '人物（氏名・メールアドレス・利用安定所）',
  cookies: 'ブラウザーのログイン状態',
  clock: 'シミュレーター内の日時',
  faults: '障害・遅延の設定',
  scenario: '読み込んだシナリオ',
  sequence: '画面の裏側の記録',
} as const

export type StoredDocument = keyof typeof STORED_DOCUMENT_NAMES

export interface ScenarioRequest {
  name: string
}

/** Each part optional; the time set, then the advance from there, must stay in the window. */
export interface ClockRequest {
  advanceMinutes?: number
  frozen?: boolean
  /** ISO 8601 instant. */
  setTo?: string
}

export interface FaultRequest {
  site: SiteKey
  setting: FaultSetting
}

/** A 422 names the fields it refuses: displayName, email, officeName. */
export type PersonaRequest = PersonaSetting

/**
 * One whole situation, as a shared URL carries it. The scenario is loaded (a
 * flow's own scenario when `flow` is given), then the persona, the clock, the walk up to `step`
 * through the real endpoints, and the faults last, so they never get in the way of the walk.
 * Anything left out takes the scenario's default.
 */
export interface SituationRequest {
  scenario: string
  flow?: string
  step?: number
  persona?: PersonaSetting
  clock?: ClockSetting
  faults?: Partial<Record<SiteKey, FaultSetting>>
}

export interface SituationBody {
  state: SimulatorStateBody
  /** Where the browser goes: the first screen of the prepared step, on one of the two sites. */
  location?: string
}

/**
 * Headers only the simulator's own tooling sets, so the sequence recorder can tell who sent a
 * request: the app's screens name the route they are on; the servers' back channel and the
 * simulator's step preparation name themselves.
 */
export const SCREEN_HEADER = 'x-simulator-screen'
export const CALLER_HEADER = 'x-simulator-caller'
export type Caller = 'back-channel' | 'simulator'
