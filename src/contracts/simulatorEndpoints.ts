/**
 * The simulator's control surface, under SIMULATOR_API: what the launcher, the trainer console
 * and the `?scenario=` URLs use. Not part of either site.
 */
import type { Endpoint } from './endpoint'
import type { SequenceBody } from './sequence'
import type { DataEdit, ServerDataBody } from './serverData'
import type {
  ClockRequest,
  FaultRequest,
  PersonaRequest,
  ScenarioRequest,
  SimulatorStateBody,
  SituationBody,
  SituationRequest,
} from './simulator'

type Refused = 'invalid_request' | 'validation'

export interface SimulatorEndpoints {
  /** Everything the launcher and the console show. */
  'GET /state': Endpoint<undefined, SimulatorStateBody>
  /** Rewrites both servers' data to a named preset and clears the cookies: signed out. */
  'POST /scenario': Endpoint<ScenarioRequest, SimulatorStateBody, Refused | 'unknown_scenario'>
  /** A scenario, persona, clock, faults and a step of a flow at once (shared URLs). */
  'POST /situation': Endpoint<
    SituationRequest,
    SituationBody,
    Refused | 'unknown_scenario' | 'not_found' | 'server_error'
  >
  /** Advance, set, freeze or run the simulated clock. */
  'POST /clock': Endpoint<ClockRequest, SimulatorStateBody, Refused>
  /** A failure or latency injected into one server (all or some endpoints). */
  'POST /faults': Endpoint<FaultRequest, SimulatorStateBody, Refused>
  /** The persona's name, e-mail and office, in both servers' data. */
  'POST /persona': Endpoint<PersonaRequest, SimulatorStateBody, Refused>
  /** Both servers' users, links, transactions and lock counters… */
  'GET /data': Endpoint<undefined, ServerDataBody>
  /** …and one edit of them. */
  'POST /data': Endpoint<DataEdit, ServerDataBody, Refused | 'not_found'>
  /** What the servers saw, the entries after `after` of the log `epoch`. */
  'GET /sequence': Endpoint<undefined, SequenceBody>
  'POST /sequence/clear': Endpoint<Record<string, never>, SequenceBody>
}
