/**
 * The simulator's own control surface (not part of either site). The launcher, the trainer
 * console and the `?scenario=` URL use it.
 * 1. GET  /state      everything the launcher and the console show
 * 2. POST /scenario   rewrites both servers' data to a named preset (and clears cookies: signed out)
 * 3. POST /situation  a scenario, persona, clock, faults and a step of a flow at once (shared URLs,
 *                     the console's reset to a step): see situation.ts for the order
 * 4. POST /clock      advance, set, freeze or run the simulated clock
 * 5. POST /faults     inject a failure or latency into one server (all or some endpoints)
 * 6. POST /persona    the persona's name, e-mail and office, in both servers' data
 * 7. GET  /data       both servers' users, links, transactions, lock counters; POST /data edits one
 * 8. GET  /sequence   what the servers saw (?after=id for the newer entries); POST /sequence/clear
 */
import { MESSAGES } from '@/contracts/errors'
import { applyScenario, ensureSeeded, isScenarioName } from '../scenarios'
import { setClock } from '../shared/clock'
import { setFault } from '../shared/faults'
import { ownField } from '../shared/jsonBody'
import { clearSequence, sequenceEntries } from '../shared/recorder'
import { defineControl } from './control'
import { applyPersona, parsePersona } from './persona'
import { PreparationError } from './prepareStep'
import { refuse, shown } from '../shared/refusal'
import { applyDataEdit, readServerData } from './serverData'
import {
  CLOCK_REQUEST,
  checked,
  clockTarget,
  FAULT_INVALID,
  FAULT_REQUEST,
  readRequest,
} from './requests'
import { applySituation, parseSituation } from './situation'
import { simulatorState } from './state'

function preparationFailed(error: PreparationError): never {
  return refuse(
    500,
    'server_error',
    `手順の状況を準備できませんでした（${error.endpoint} が ${error.status} を返しました）。` +
      'シナリオを読み込み直してから、もう一度お試しください。',
  )
}

export const simulatorHandlers = [
  defineControl('GET /state', async () => {
    await ensureSeeded()
    return simulatorState()
  }),

  defineControl('POST /scenario', async ({ request }) => {
    const name = ownField(await readRequest(request), 'name')
    const requested = typeof name === 'string' ? name : ''
    if (!isScenarioName(requested)) {
      return refuse(404, 'unknown_scenario', MESSAGES.unknownScenario(shown(requested)))
    }
    await applyScenario(requested)
    clearSequence()
    return simulatorState()
  }),

  defineControl('POST /situation', async ({ request, serverFetch }) => {
    const situation = parseSituation(await readRequest(request))
    try {
      const location = await applySituation(situation, serverFetch)
      return { state: simulatorState(), ...(location ? { location } : {}) }
    } catch (error) {
      if (error instanceof PreparationError) return preparationFailed(error)
      throw error
    }
  }),

  defineControl('POST /clock', async ({ request }) => {
    await ensureSeeded()
    const { at, frozen } = clockTarget(checked(CLOCK_REQUEST, await readRequest(request)))
    setClock(at, frozen)
    return simulatorState()
  }),

  defineControl('POST /faults', async ({ request }) => {
    await ensureSeeded()
    const body = checked(FAULT_REQUEST, await readRequest(request), FAULT_INVALID)
    setFault(body.site, body.setting)
    return simulatorState()
  }),

  defineControl('POST /persona', async ({ request }) => {
    await ensureSeeded()
    await applyPersona(parsePersona(await readRequest(request)))
    return simulatorState()
  }),

  defineControl('GET /data', async () => {
    await ensureSeeded()
    return readServerData()
  }),

  defineControl('POST /data', async ({ request }) => {
    await ensureSeeded()
    await applyDataEdit(await readRequest(request))
    return readServerData()
  }),

  defineControl('GET /sequence', async ({ request }) => {
    const query = new URL(request.url).searchParams
    const after = Number(query.get('after') ?? 0)
    return sequenceEntries(Number.isFinite(after) ? after : 0, query.get('epoch') ?? '')
  }),

  defineControl('POST /sequence/clear', async () => {
    clearSequence()
    return { epoch: '', entries: [] }
  }),
]
