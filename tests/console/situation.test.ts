/**
 * The console's server side (mocks/simulator): POST /situation prepares any step of any flow
 * through the real endpoints, then applies persona, clock and faults; every refusal changes nothing.
 */
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { toAppPath } from '@/api/frontChannel'
import { MESSAGES } from '@/contracts/errors'
import { PERSONA_MESSAGES } from '@/contracts/persona'
import type { FaultSetting, SituationBody } from '@/contracts/simulator'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import { FLOWS } from '@/flows'
import { createAppRouter } from '@/router'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import {
  authenticateLink,
  call,
  callback,
  decide,
  errorCode,
  locationOf,
  seedServers,
} from '../support/protocol'
import { everything, hwAccount, mynaUser, newestTransaction } from '../support/serverState'

const situation = (body: Record<string, unknown>) =>
  call<SituationBody>(`${SIMULATOR_API}/situation`, { body })

const FAULT: FaultSetting = { mode: 'maintenance', endpoints: ['/link/transaction'], latencyMs: 0 }

const cases = FLOWS.flatMap((flow) =>
  flow.steps.map((step) => ({
    flow: flow.id,
    step: step.number,
    scenario: flow.scenario,
    routeName: step.screens[0]!.routeName,
  })),
)

describe('POST /situation with a step', () => {
  it.each(cases)(
    'prepares $flow step $step in $scenario and answers the location of $routeName',
    async ({ flow, step, scenario, routeName }) => {
      const answer = await situation({ scenario: 'otp', flow, step })

      expect(answer.status).toBe(200)
      expect(answer.body.state.scenario).toBe(scenario)
      const path = toAppPath(answer.body.location!)
      expect(path).not.toBeNull()
      expect(createAppRouter(createMemoryHistory()).resolve(path!).name).toBe(routeName)
    },
  )

  it('leaves link step ③ with a signed-in session holding the pending authorization', async () => {
    await situation({ scenario: 'unlinked', flow: 'link', step: 3 })

    const pending = await call(`${MYNAPORTAL_API}/authorize/pending`)
    expect(pending.status).toBe(200)
    const next = locationOf(await callback(await decide('allow')))
    expect(next.pathname).toBe('/link/authenticate')
    expect((await authenticateLink()).status).toBe(200)
  })

  it('injects the faults only after the walk, so the step is ready and then fails', async () => {
    const answer = await situation({
      scenario: 'unlinked',
      flow: 'link',
      step: 4,
      faults: { hellowork: FAULT },
    })

    expect(answer.status).toBe(200)
    expect(answer.body.state.faults.hellowork).toEqual(FAULT)
    expect(newestTransaction().stage).toBe('authenticated')
    expect(errorCode(await call(`${HELLOWORK_API}/link/transaction`))).toBe('maintenance')
  })

  it('walks with the persona and on the clock it was given', async () => {
    const persona = { displayName: '試験 花子', email: 'hanako@example.jp', officeName: '新宿' }
    const answer = await situation({
      scenario: 'unlinked',
      flow: 'link',
      step: 5,
      persona,
      clock: { now: '2022-04-01T09:30:00+09:00', frozen: true },
    })

    expect(answer.status).toBe(200)
    expect(answer.body.state.persona).toEqual(persona)
    expect(answer.body.state.clock).toEqual({ now: '2022-04-01T00:30:00.000Z', frozen: true })
    expect(mynaUser()).toMatchObject({ displayName: '試験 花子', cardHolderName: '試験 花子' })
    expect(hwAccount()).toMatchObject({ email: 'hanako@example.jp', officeName: '新宿' })
    expect(helloworkDb.read().links[0]?.linkedAt).toBe(Date.parse('2022-04-01T09:30:00+09:00'))
  })

  it('loads a scenario alone, with nothing prepared and no location', async () => {
    const answer = await situation({ scenario: 'hw-locked' })
    expect(answer.status).toBe(200)
    expect(answer.body.location).toBeUndefined()
    expect(answer.body.state.scenario).toBe('hw-locked')
    expect(mynaportalDb.read().sessions).toEqual([])
  })
})

describe('POST /situation refusals', () => {
  it.each([
    ['an unknown flow', { scenario: 'unlinked', flow: 'nope', step: 1 }, 404, 'not_found'],
    ['step 0', { scenario: 'unlinked', flow: 'link', step: 0 }, 400, 'invalid_request'],
    [
      'a step past the end',
      { scenario: 'unlinked', flow: 'link', step: 7 },
      400,
      'invalid_request',
    ],
    ['an unknown scenario', { scenario: 'nope' }, 404, 'unknown_scenario'],
    ['a bad clock', { scenario: 'linked', clock: { now: 'soon' } }, 400, 'invalid_request'],
    [
      'February 30',
      { scenario: 'linked', clock: { now: '2021-02-30T10:00:00+09:00' } },
      400,
      'invalid_request',
    ],
    [
      'a clock before 1900',
      { scenario: 'linked', clock: { now: '1850-01-01T10:00:00+09:00' } },
      400,
      'invalid_request',
    ],
    [
      'a clock after 2200',
      { scenario: 'linked', clock: { now: '2300-01-01T10:00:00+09:00' } },
      400,
      'invalid_request',
    ],
    [
      'a latency over 5 s',
      { scenario: 'linked', faults: { mynaportal: { mode: 'none', latencyMs: 5001 } } },
      400,
      'invalid_request',
    ],
    [
      'an unknown fault mode',
      { scenario: 'linked', faults: { hellowork: { mode: 'fire', latencyMs: 0 } } },
      400,
      'invalid_request',
    ],
  ])('refuses %s and changes nothing', async (_case, body, status, code) => {
    await situation({ scenario: 'unlinked', flow: 'link', step: 3 })
    const before = everything()

    const answer = await situation(body)

    expect(answer.status).toBe(status)
    expect(errorCode(answer)).toBe(code)
    expect(everything()).toEqual(before)
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses the flow %j (a name every object has) with 404 and the list to choose from',
    async (flow) => {
      await situation({ scenario: 'unlinked', flow: 'link', step: 3 })
      const before = everything()

      expect(await situation({ scenario: 'unlinked', flow, step: 1 })).toEqual({
        status: 404,
        body: { error: { code: 'not_found', message: MESSAGES.unknownFlow(flow) } },
      })
      expect(everything()).toEqual(before)
    },
  )

  it('refuses faults that are not an object, changing nothing', async () => {
    await seedServers()
    const before = everything()

    expect(await situation({ scenario: 'linked', faults: 'error' })).toEqual({
      status: 400,
      body: { error: { code: 'invalid_request', message: '障害の設定が正しくありません。' } },
    })
    expect(everything()).toEqual(before)
  })

  it('refuses an invalid persona field by field, changing nothing', async () => {
    await seedServers()
    const before = everything()
    const answer = await situation({
      scenario: 'linked',
      persona: { displayName: ' ', email: 'not-an-address', officeName: 'x'.repeat(41) },
    })

    expect(answer).toEqual({
      status: 422,
      body: {
        error: {
          code: 'validation',
          message: MESSAGES.validationSummary,
          fields: {
            displayName: PERSONA_MESSAGES.displayNameRequired,
            email: MESSAGES.emailFormat,
            officeName: PERSONA_MESSAGES.officeNameLength,
          },
        },
      },
    })
    expect(everything()).toEqual(before)
  })
})
