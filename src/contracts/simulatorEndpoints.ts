/**
 * The simulator's control surface, under SIMULATOR_API: what the launcher, the trainer console
 * and the `?scenario=` URLs use. Not part of either site.
 */
import { endpoint } from './endpoint'
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

export const SIMULATOR_ENDPOINTS = {
  /** Everything the launcher and the console show. */
  state: endpoint<undefined, SimulatorStateBody>()('get', '/state'),
  /** Rewrites both servers' data to a named preset and clears the cookies: signed out. */
  scenario: endpoint<ScenarioRequest, SimulatorStateBody, Refused | 'unknown_scenario'>()(
    'post',
    '/scenario',
  ),
  /** A scenario, persona, clock, faults and a step of a flow at once (shared URLs). */
  situation: endpoint<
    SituationRequest,
    SituationBody,
    Refused | 'unknown_scenario' | 'not_found' | 'server_error'
  >()('post', '/situation'),
  /** Advance, set, freeze or run the simulated clock. */
  clock: endpoint<ClockRequest, SimulatorStateBody, Refused>()('post', '/clock'),
  /** A failure or latency injected into one server (all or some endpoints). */
  faults: endpoint<FaultRequest, SimulatorStateBody, Refused>()('post', '/faults'),
  /** The persona's name, e-mail and office, in both servers' data. */
  persona: endpoint<PersonaRequest, SimulatorStateBody, Refused>()('post', '/persona'),
  /** Both servers' users, links, transactions and lock counters… */
  data: endpoint<undefined, ServerDataBody>()('get', '/data'),
  /** …and one edit of them. */
  editData: endpoint<DataEdit, ServerDataBody, Refused | 'not_found'>()('post', '/data'),
  /** What the servers saw, the entries after `after` of the log `epoch`. */
  sequence: endpoint<undefined, SequenceBody>()('get', '/sequence'),
  clearSequence: endpoint<Record<string, never>, SequenceBody>()('post', '/sequence/clear'),
}
