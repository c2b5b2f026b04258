/**
 * もっとつながる and the Mynaportal ends of the link (mocks/mynaportal/handlers/connections.ts,
 * disconnect.ts): GET /connections, POST /connections/:siteId/{start,use,stop},
 * POST and GET /connections/complete.
 */
import { describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { ConnectionListBody } from '@/contracts/mynaportal'
import { HELLOWORK_SITE_NAME, MYNAPORTAL_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import {
  call,
  callback,
  complete,
  injectFault,
  linkThroughProtocol,
  loadScenario,
  mynaCsrf,
  mynaLogin,
  reachStepFive,
  startSso,
} from '../../support/protocol'
import {
  expectRefusal,
  helloworkConnections,
  lastAudit,
  protectedState,
  serverState,
  subjectOf,
} from '../../support/serverState'
import { pageDiesAt } from '../pageDies'

const HELLOWORK = {
  id: 'hellowork',
  name: HELLOWORK_SITE_NAME,
  description: '求職者マイページへのログイン、求人情報の確認',
  simulated: true,
}
const ETAX = {
  id: 'etax',
  name: 'e-Tax（国税電子申告・納税システム）',
  description: '国税の申告や納税の手続',
  simulated: false,
  connectedAt: '2021-04-01T01:00:00.000Z',
}
const NENKIN = {
  id: 'nenkin',
  name: 'ねんきんネット',
  description: '年金記録や年金見込額の確認',
  simulated: false,
}
const KOYOUHOKEN = {
  id: 'koyouhoken',
  name: '雇用保険WEBサービス',
  description: '雇用保険の手続の確認',
  simulated: false,
}
const LINK_INITIATION =
  'https://hellowork.example/auth/initiate?iss=https%3A%2F%2Fmynaportal.example&target_link_uri=https%3A%2F%2Fhellowork.example%2Flink'
const SSO_INITIATION =
  'https://hellowork.example/auth/initiate?iss=https%3A%2F%2Fmynaportal.example&target_link_uri=https%3A%2F%2Fhellowork.example%2Fmypage'

const UNAUTHENTICATED = {
  status: 401,
  body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
}
const CSRF_INVALID = {
  status: 403,
  body: { error: { code: 'csrf_invalid', message: MESSAGES.csrfInvalid } },
}
const FLOW_INVALID = {
  status: 400,
  body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
}

const siteAction = (siteId: string, action: 'start' | 'use' | 'stop', csrfToken: string) =>
  call(`${MYNAPORTAL_API}/connections/${siteId}/${action}`, { body: { csrfToken } })

describe('GET /connections', () => {
  it('answers 401 without a session', async () => {
    await loadScenario('linked')
    const before = protectedState()

    expect(await call(`${MYNAPORTAL_API}/connections`)).toEqual(UNAUTHENTICATED)
    expectRefusal(before, 'mynaportal', 'connections.read', 'unauthenticated')
  })

  it('lists Hello Work as not connected by default, with the other sites for realism', async () => {
    await mynaLogin()
    expect(await call(`${MYNAPORTAL_API}/connections`)).toEqual({
      status: 200,
      body: { connected: [ETAX], notConnected: [HELLOWORK, NENKIN, KOYOUHOKEN] },
    })
  })

  it('lists Hello Work as connected, with the time, in the scenario linked', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const answer = await call<ConnectionListBody>(`${MYNAPORTAL_API}/connections`)
    expect(answer.body).toEqual({
      connected: [{ ...HELLOWORK, connectedAt: '2021-09-15T01:00:00.000Z' }, ETAX],
      notConnected: [NENKIN, KOYOUHOKEN],
    })
  })

  it('lists each card holder’s own connections', async () => {
    await loadScenario('linked')
    await mynaLogin('card-yamada', '5678')
    const answer = await call<ConnectionListBody>(`${MYNAPORTAL_API}/connections`)
    expect(answer.body.connected).toEqual([])
  })
})

describe.each(['start', 'use', 'stop'] as const)('POST /connections/:siteId/%s', (action) => {
  it('answers 401 without a session', async () => {
    await loadScenario('linked')
    const before = serverState()
    expect(await siteAction('hellowork', action, 'x')).toEqual(UNAUTHENTICATED)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', `connection.${action}`, 'unauthenticated')
  })

  it('requires the session’s CSRF token (403)', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const before = serverState()
    expect(await siteAction('hellowork', action, 'forged')).toEqual(CSRF_INVALID)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', `connection.${action}`, 'csrf_invalid')
  })

  it('answers 404 for a site it does not know', async () => {
    const csrfToken = await mynaLogin()
    const before = serverState()
    expect(await siteAction('nowhere', action, csrfToken)).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: MESSAGES.notFound } },
    })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', `connection.${action}`, 'not_found')
  })

  it.each(['etax', 'nenkin'])(
    'answers 422 for %s, a site this simulator does not play',
    async (site) => {
      const csrfToken = await mynaLogin()
      const before = serverState()
      expect(await siteAction(site, action, csrfToken)).toEqual({
        status: 422,
        body: { error: { code: 'site_not_simulated', message: MESSAGES.siteNotSimulated } },
      })
      expect(serverState()).toEqual(before)
      expectRefusal(before, 'mynaportal', `connection.${action}`, 'site_not_simulated')
    },
  )
})

describe('POST /connections/:siteId/start (② つなぐ)', () => {
  it('answers with Hello Work’s login-initiation URL carrying iss and target_link_uri', async () => {
    const csrfToken = await mynaLogin()
    const before = serverState()

    const answer = await siteAction('hellowork', 'start', csrfToken)

    expect(answer).toEqual({ status: 200, body: { location: LINK_INITIATION } })
    // Nothing is pushed to Hello Work: no code, no transaction, no link.
    expect(serverState()).toEqual(before)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.start',
      outcome: 'success',
      detail: { siteId: 'hellowork', userId: 'myna-user-1' },
    })
  })

  it('refuses with 409 already_connected when the user is already connected', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    const before = serverState()

    expect(await siteAction('hellowork', 'start', csrfToken)).toEqual({
      status: 409,
      body: { error: { code: 'already_connected', message: MESSAGES.alreadyConnected } },
    })
    expectRefusal(before, 'mynaportal', 'connection.start', 'already_connected')
    expect(serverState()).toEqual(before)
  })
})

describe('POST /connections/:siteId/use (利用する)', () => {
  it('answers with Hello Work’s login-initiation URL for single sign-on', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    const before = serverState()

    expect(await siteAction('hellowork', 'use', csrfToken)).toEqual({
      status: 200,
      body: { location: SSO_INITIATION },
    })
    expect(serverState()).toEqual(before)
    expect(lastAudit('mynaportal')).toMatchObject({ type: 'connection.use', outcome: 'success' })
  })

  it('refuses with 409 not_connected when the user is not connected', async () => {
    const csrfToken = await mynaLogin()
    const before = serverState()

    expect(await siteAction('hellowork', 'use', csrfToken)).toEqual({
      status: 409,
      body: { error: { code: 'not_connected', message: MESSAGES.notConnected } },
    })
    expectRefusal(before, 'mynaportal', 'connection.use', 'not_connected')
    expect(serverState()).toEqual(before)
  })
})

describe('POST /connections/:siteId/stop (やめる)', () => {
  it('ends the connection at both servers and revokes Hello Work’s tokens', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    await callback(await startSso(csrfToken))
    expect(mynaportalDb.read().accessTokens).toHaveLength(1)

    const answer = await siteAction('hellowork', 'stop', csrfToken)

    expect(answer).toEqual({
      status: 200,
      body: {
        site: { id: 'hellowork', name: HELLOWORK_SITE_NAME, description: '', simulated: true },
      },
    })
    expect(helloworkDb.read().links).toEqual([])
    expect(helloworkConnections()).toEqual([])
    expect(mynaportalDb.read().accessTokens).toEqual([])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.revoke',
      outcome: 'success',
      detail: { revoked: true },
    })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.stop',
      outcome: 'success',
      detail: { helloworkHadLink: true },
    })
    expect((await siteAction('hellowork', 'use', csrfToken)).status).toBe(409)
  })

  it('answers a second やめる as done, changing nothing (idempotent)', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    const first = await siteAction('hellowork', 'stop', csrfToken)
    const after = protectedState()

    const second = await siteAction('hellowork', 'stop', csrfToken)

    expect(second).toEqual(first)
    expect(protectedState()).toEqual(after)
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.stop',
      outcome: 'success',
      detail: { helloworkHadLink: false },
    })
  })

  it('leaves everything as it was with 502 when Hello Work cannot revoke its link', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    await injectFault('hellowork', 'error', ['/links/revoke'])
    const before = serverState()

    const answer = await siteAction('hellowork', 'stop', csrfToken)

    expect(answer).toEqual({
      status: 502,
      body: {
        error: {
          code: 'upstream_error',
          message: MESSAGES.upstream('ハローワークインターネットサービス'),
        },
      },
    })
    expect(serverState()).toEqual(before)
    expect(helloworkConnections()).toHaveLength(1)
    expectRefusal(before, 'mynaportal', 'connection.stop', 'upstream_error')
  })
})

describe('POST /connections/complete (⑤ つながり完了)', () => {
  it('redeems the ticket and records the connection', async () => {
    const { csrfToken, completion } = await reachStepFive()

    const answer = await complete(completion, csrfToken)

    expect(answer).toEqual({
      status: 200,
      body: { site: { ...HELLOWORK, connectedAt: '2021-09-22T01:00:00.000Z' } },
    })
    expect(helloworkConnections()).toEqual([
      {
        userId: 'myna-user-1',
        siteId: 'hellowork',
        connectedAt: Date.parse('2021-09-22T01:00:00Z'),
      },
    ])
    expect(lastAudit('hellowork')).toMatchObject({ type: 'link.ticket.redeem', outcome: 'success' })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.complete',
      outcome: 'success',
      detail: { userId: 'myna-user-1' },
    })
  })

  it('answers 401 without a session', async () => {
    const { completion } = await reachStepFive()
    await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken: await mynaCsrf() } })
    const before = serverState()

    expect(await complete(completion, 'x')).toEqual(UNAUTHENTICATED)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'connection.complete', 'unauthenticated')
  })

  it('requires the session’s CSRF token (403), leaving the ticket unused', async () => {
    const { completion, csrfToken } = await reachStepFive()
    const before = serverState()

    expect(await complete(completion, 'forged')).toEqual(CSRF_INVALID)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'mynaportal', 'connection.complete', 'csrf_invalid')
    expect((await complete(completion, csrfToken)).status).toBe(200)
  })

  it('refuses a ticket used before with 400 flow_invalid, still one connection', async () => {
    const { completion, csrfToken } = await reachStepFive()
    await complete(completion, csrfToken)
    const after = serverState()

    expect(await complete(completion, csrfToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(after)
    expect(helloworkConnections()).toHaveLength(1)
    // Refused on Mynaportal's own record of the ticket, without asking Hello Work again.
    expect(lastAudit('hellowork')).toMatchObject({ type: 'link.ticket.redeem', outcome: 'success' })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.complete',
      outcome: 'failure',
      code: 'flow_invalid',
    })
  })

  it.each([
    ['no ticket', new URL('https://mynaportal.example/connections/complete')],
    ['a made-up ticket', new URL('https://mynaportal.example/connections/complete?ticket=abc')],
  ])('refuses ⑤ opened with %s with 400, recording no connection', async (_, url) => {
    const csrfToken = await mynaLogin()
    const before = protectedState()

    expect(await complete(url, csrfToken)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'mynaportal', 'connection.complete', 'flow_invalid')
  })

  it('refuses a ticket issued for another card holder: Hello Work drops that link unused', async () => {
    const { completion } = await reachStepFive()
    expect(helloworkDb.read().links).toHaveLength(1)
    // Another person signs in to Mynaportal on this browser before ⑤ opens.
    const otherCsrf = await mynaLogin('card-yamada', '5678')
    const before = protectedState()

    const answer = await complete(completion, otherCsrf)

    expect(answer).toEqual(FLOW_INVALID)
    // Only the link ④ made for the other person is undone, never having been active; sessions
    // and grants are as they were, and the ticket is spent for good.
    expect(protectedState()).toEqual({ ...before, links: [] })
    expect(helloworkConnections()).toEqual([])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.ticket.redeem',
      outcome: 'failure',
      code: 'ticket_mismatch',
    })
    expect(lastAudit('mynaportal')).toMatchObject({
      type: 'connection.complete',
      outcome: 'failure',
      code: 'flow_invalid',
      detail: { reason: 'ticket for another user' },
    })
    // Its holder cannot complete it afterwards either: a change of user ends that flow.
    await mynaLogin()
    expect(await complete(completion, await mynaCsrf())).toEqual(FLOW_INVALID)
    expect(protectedState().links).toEqual([])
  })

  it('answers 502 when Hello Work cannot redeem, and completes on 再試行 once it can', async () => {
    const { completion, csrfToken } = await reachStepFive()
    await injectFault('hellowork', 'error', ['/link/tickets/redeem'])
    const before = serverState()

    const answer = await complete(completion, csrfToken)

    expect(answer).toEqual({
      status: 502,
      body: {
        error: {
          code: 'upstream_error',
          message: MESSAGES.upstream('ハローワークインターネットサービス'),
        },
      },
    })
    expect(serverState()).toEqual(before)
    expect(helloworkConnections()).toEqual([])
    expectRefusal(before, 'mynaportal', 'connection.complete', 'upstream_error')

    await injectFault('hellowork', 'none')
    expect((await complete(completion, csrfToken)).status).toBe(200)
    expect(helloworkConnections()).toHaveLength(1)
  })
})

describe('POST /connections/complete after a reload cut the first one short', () => {
  /**
   * The servers run in the page, so a reload can end the handler after Hello Work spent the
   * ticket and before Mynaportal wrote the connection. This stands in for that moment.
   */
  async function completeCutShort(completion: URL, csrfToken: string) {
    pageDiesAt('after-redeem')
    // The server logs what it did not expect; here that is the point.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const answer = await complete(completion, csrfToken)
    expect(logged).toHaveBeenCalledTimes(1)
    vi.mocked(mynaportalDb.update).mockRestore()
    logged.mockRestore()
    return answer
  }

  it('the same session sending the ticket again completes it, with one connection', async () => {
    const { completion, csrfToken } = await reachStepFive()
    expect((await completeCutShort(completion, csrfToken)).status).toBe(500)
    expect(helloworkDb.read().tickets[0]!.used).toBe(true)
    expect(helloworkConnections()).toEqual([])

    const answer = await complete(completion, csrfToken)

    expect(answer).toEqual({
      status: 200,
      body: { site: { ...HELLOWORK, connectedAt: '2021-09-22T01:00:00.000Z' } },
    })
    expect(helloworkConnections()).toHaveLength(1)
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.ticket.redeem',
      outcome: 'success',
      detail: { retry: true },
    })
  })

  it('is still refused once recorded: a replay from that session changes nothing', async () => {
    const { completion, csrfToken } = await reachStepFive()
    await completeCutShort(completion, csrfToken)
    await complete(completion, csrfToken)
    const after = serverState()

    expect(await complete(completion, csrfToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(after)
  })

  it('refuses the ticket in another session of the same user', async () => {
    const { completion, csrfToken } = await reachStepFive()
    await completeCutShort(completion, csrfToken)
    const otherSession = await mynaLogin()
    const before = protectedState()

    expect(await complete(completion, otherSession)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'mynaportal', 'connection.complete', 'flow_invalid')
    expect(helloworkConnections()).toEqual([])
  })
})

describe('GET /connections/complete (a reload of ⑤)', () => {
  const NOT_SEEN = {
    status: 404,
    body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
  }

  it('answers 401 without a session', async () => {
    await loadScenario('linked')
    const before = protectedState()
    expect(await call(`${MYNAPORTAL_API}/connections/complete`)).toEqual(UNAUTHENTICATED)
    expectRefusal(before, 'mynaportal', 'connection.complete.read', 'unauthenticated')
  })

  it('answers 404 when this session saw no completion, even for a connected user', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const before = protectedState()
    expect(await call(`${MYNAPORTAL_API}/connections/complete`)).toEqual(NOT_SEEN)
    expectRefusal(before, 'mynaportal', 'connection.complete.read', 'flow_invalid')
  })

  it('shows the completion this session saw', async () => {
    await linkThroughProtocol()
    expect(await call(`${MYNAPORTAL_API}/connections/complete`)).toEqual({
      status: 200,
      body: { site: { ...HELLOWORK, connectedAt: '2021-09-22T01:00:00.000Z' } },
    })
  })

  it('no longer shows it after やめる', async () => {
    const { csrfToken } = await linkThroughProtocol()
    await siteAction('hellowork', 'stop', csrfToken)
    const before = protectedState()
    expect(await call(`${MYNAPORTAL_API}/connections/complete`)).toEqual(NOT_SEEN)
    expectRefusal(before, 'mynaportal', 'connection.complete.read', 'flow_invalid')
  })

  it('does not show it to a new session of the same user', async () => {
    await linkThroughProtocol()
    await mynaLogin()
    const before = protectedState()
    expect(await call(`${MYNAPORTAL_API}/connections/complete`)).toEqual(NOT_SEEN)
    expectRefusal(before, 'mynaportal', 'connection.complete.read', 'flow_invalid')
  })
})

describe('the pairwise subject Hello Work receives', () => {
  it('is the one Hello Work links, never the card or Mynaportal user id', async () => {
    await linkThroughProtocol()
    expect(helloworkDb.read().links).toEqual([
      {
        accountId: 'hw-account-1',
        iss: 'https://mynaportal.example',
        sub: subjectOf('card-ashita'),
        linkedAt: Date.parse('2021-09-22T01:00:00Z'),
      },
    ])
    expect(JSON.stringify(helloworkDb.read())).not.toMatch(/myna-user-1|card-ashita/)
  })
})
