/**
 * マイページ属性連携認証 (④) and Hello Work's link record (mocks/hellowork/handlers/linking.ts):
 * GET /link/transaction, POST /link/authenticate, and the back channel Mynaportal calls:
 * POST /link/tickets/redeem, POST /links/revoke.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import type { ServerDataBody } from '@/contracts/serverData'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { sha256 } from '@mocks/shared/secrets'
import {
  advanceClock,
  authenticateLink,
  authorize,
  call,
  callback,
  complete,
  decide,
  initiate,
  injectFault,
  linkCsrf,
  loadScenario,
  locationOf,
  mynaLogin,
  pressConnect,
  reachStepFive,
  reachStepFour,
  startSso,
  submitLink,
} from '../../support/protocol'
import {
  cookie,
  expectRefusal,
  hwAccount,
  lastAudit,
  newestTransaction,
  protectedState,
  serverState,
  subjectOf,
  switchToNewBrowser,
} from '../../support/serverState'

const EMAIL = 'yuki.ashita@example.jp'
const PASSWORD = 'Ashita2021'
const ISS = 'https://mynaportal.example'

const FLOW_INVALID = {
  status: 400,
  body: { error: { code: 'flow_invalid', message: MESSAGES.flowInvalid } },
}
/**
 * The one answer for an unknown e-mail and a wrong password, with the tries left: it says nothing
 * about who has an account.
 */
const credentialsInvalid = (remaining: number) => ({
  status: 401,
  body: {
    error: {
      code: 'credentials_invalid',
      message: MESSAGES.credentialsIncorrect(remaining),
      remaining,
    },
  },
})
const ACCOUNT_LOCKED = {
  status: 423,
  body: { error: { code: 'account_locked', message: MESSAGES.accountLocked } },
}

const backChannelToken = () => mynaportalDb.read().helloworkBackChannelToken

/** An empty bearer sends no Authorization header; `sub` is the signed-in Mynaportal user's. */
const redeem = (
  ticket: string,
  bearer: string = backChannelToken(),
  idempotencyKey?: string,
  sub: string = subjectOf('card-ashita'),
) => call(`${HELLOWORK_API}/link/tickets/redeem`, { body: { ticket, idempotencyKey, sub }, bearer })

const revoke = (body: { iss: string; sub: string }, bearer: string = backChannelToken()) =>
  call(`${HELLOWORK_API}/links/revoke`, { body, bearer })

/** ② to the callback again, in the same browser and Mynaportal session: a new transaction. */
async function restartFlow(csrfToken: string): Promise<void> {
  await authorize(await initiate(await pressConnect(csrfToken)))
  locationOf(await callback(await decide('allow')))
}

describe('GET /link/transaction', () => {
  it('answers 400 flow_invalid when this browser holds no transaction', async () => {
    await mynaLogin()
    const before = protectedState()
    expect(await call(`${HELLOWORK_API}/link/transaction`)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'hellowork', 'link.transaction.read', 'flow_invalid')
  })

  it('answers 400 while the transaction still waits for Mynaportal’s answer', async () => {
    await initiate(
      new URL(
        `https://hellowork.example/auth/initiate?iss=${ISS}&target_link_uri=${HELLOWORK_TARGETS.link}`,
      ),
    )
    const before = protectedState()
    expect(await call(`${HELLOWORK_API}/link/transaction`)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'hellowork', 'link.transaction.read', 'flow_invalid')
  })

  it('gives ④ its CSRF token, the transaction’s expiry and the practice hint', async () => {
    await reachStepFour()
    expect(await call(`${HELLOWORK_API}/link/transaction`)).toEqual({
      status: 200,
      body: {
        csrfToken: newestTransaction().csrfToken,
        expiresAt: '2021-09-22T01:10:00.000Z',
        practice: { email: EMAIL, password: PASSWORD },
      },
    })
  })

  it('answers 400 once the transaction has expired', async () => {
    await reachStepFour()
    await advanceClock(11)
    const before = protectedState()
    expect(await call(`${HELLOWORK_API}/link/transaction`)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'hellowork', 'link.transaction.read', 'flow_invalid')
  })
})

describe('POST /link/authenticate (④)', () => {
  it('links the account pending ⑤, renews the session and answers with ⑤ and a one-time ticket', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()

    const answer = await submitLink(csrfToken)

    const location = locationOf(answer)
    expect(`${location.origin}${location.pathname}`).toBe(
      'https://mynaportal.example/connections/complete',
    )
    const ticket = location.searchParams.get('ticket')!
    const data = helloworkDb.read()
    expect(data.links).toEqual([
      {
        accountId: 'hw-account-1',
        iss: ISS,
        sub: subjectOf('card-ashita'),
        linkedAt: Date.parse('2021-09-22T01:00:00Z'),
        // Active only once Mynaportal redeems the ticket at ⑤; until then it lapses with it.
        pending: {
          ticketHash: await sha256(ticket),
          expiresAt: Date.parse('2021-09-22T01:05:00Z'),
        },
      },
    ])
    expect(data.tickets).toEqual([
      {
        ticketHash: await sha256(ticket),
        iss: ISS,
        sub: subjectOf('card-ashita'),
        expiresAt: Date.parse('2021-09-22T01:05:00Z'),
        used: false,
      },
    ])
    expect(JSON.stringify(data.tickets)).not.toContain(ticket)
    expect(protectedState().helloworkSessions).toEqual([
      { id: cookie('hellowork', 'hw_sid'), accountId: 'hw-account-1' },
    ])
    expect(newestTransaction().stage).toBe('consumed')
    // Mynaportal records nothing until ⑤ redeems the ticket.
    expect(mynaportalDb.read().connections.filter((c) => c.siteId === 'hellowork')).toEqual([])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'success',
      detail: { accountId: 'hw-account-1' },
    })
  })

  it('accepts the e-mail address in another case and with spaces around it', async () => {
    await reachStepFour()
    const answer = await submitLink(await linkCsrf(), `  ${EMAIL.toUpperCase()} `)
    expect(answer.status).toBe(200)
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  it('gives a new Hello Work session id even when the browser was signed in already', async () => {
    // Signed in to Hello Work by single sign-on, then やめる, then つなぐ again in this browser.
    await loadScenario('linked')
    const mynaCsrfToken = await mynaLogin()
    await callback(await startSso(mynaCsrfToken))
    const earlier = cookie('hellowork', 'hw_sid')
    await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, {
      body: { csrfToken: mynaCsrfToken },
    })
    await restartFlow(mynaCsrfToken)
    expect(protectedState().helloworkSessions).toEqual([{ id: earlier, accountId: 'hw-account-1' }])

    expect((await authenticateLink()).status).toBe(200)

    expect(cookie('hellowork', 'hw_sid')).not.toBe(earlier)
    expect(protectedState().helloworkSessions).toEqual([
      { id: cookie('hellowork', 'hw_sid'), accountId: 'hw-account-1' },
    ])
  })

  it.each([
    ['an empty e-mail', '', PASSWORD, { email: MESSAGES.emailRequired }],
    ['an e-mail without @', 'yuki.ashita.example.jp', PASSWORD, { email: MESSAGES.emailFormat }],
    [
      'an e-mail over 100 characters',
      `${'a'.repeat(90)}@example.jp`,
      PASSWORD,
      { email: MESSAGES.emailFormat },
    ],
    ['an empty password', EMAIL, '', { password: MESSAGES.passwordRequired }],
    ['both empty', '', '', { email: MESSAGES.emailRequired, password: MESSAGES.passwordRequired }],
  ])(
    'refuses %s with 422 and the field messages, counting nothing',
    async (_, email, password, fields) => {
      await reachStepFour()
      const csrfToken = await linkCsrf()
      const before = serverState()

      expect(await submitLink(csrfToken, email, password)).toEqual({
        status: 422,
        body: { error: { code: 'validation', message: MESSAGES.validationSummary, fields } },
      })
      expect(serverState()).toEqual(before)
      expect(hwAccount().failedLogins).toBe(0)
      expect(lastAudit('hellowork')).toMatchObject({
        type: 'link.authenticate',
        outcome: 'failure',
        code: 'validation',
      })
    },
  )

  it.each([
    ['a wrong password', EMAIL, 'Ashita2020', 1],
    ['an unknown e-mail address', 'someone.else@example.jp', PASSWORD, 0],
  ])('refuses %s with 401 and the one message for both', async (_, email, password, counted) => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    const before = serverState()

    expect(await submitLink(csrfToken, email, password)).toEqual(credentialsInvalid(4))
    expect(serverState()).toEqual(before)
    expect(hwAccount().failedLogins).toBe(counted)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'credentials_invalid',
    })
    // The transaction is still good for the right password.
    expect((await submitLink(csrfToken)).status).toBe(200)
  })

  it('locks the account with 423 on the fifth wrong password in a row', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    const before = protectedState()

    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await submitLink(csrfToken, EMAIL, 'wrong')).toEqual(credentialsInvalid(5 - attempt))
    }
    expect(await submitLink(csrfToken, EMAIL, 'wrong')).toEqual(ACCOUNT_LOCKED)

    expect(hwAccount().lockedUntil).toBe(Date.parse('2021-09-22T01:30:00Z'))
    expect(protectedState()).toEqual(before)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'account_locked',
    })
  })

  it('keeps the lock for the right password, in a new flow and in another browser', async () => {
    const { csrfToken: mynaCsrfToken } = await reachStepFour()
    const csrfToken = await linkCsrf()
    for (let attempt = 0; attempt < 5; attempt++) await submitLink(csrfToken, EMAIL, 'wrong')
    const before = protectedState()

    expect(await submitLink(csrfToken)).toEqual(ACCOUNT_LOCKED)

    await restartFlow(mynaCsrfToken)
    expect(await authenticateLink()).toEqual(ACCOUNT_LOCKED)

    switchToNewBrowser()
    await reachStepFour()
    expect(await authenticateLink()).toEqual(ACCOUNT_LOCKED)
    expect(helloworkDb.read().links).toEqual(before.links)
    expect(lastAudit('hellowork')).toMatchObject({ outcome: 'failure', code: 'account_locked' })
  })

  it('does not lock the account for wrong addresses: the lockout counts per account', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    const before = protectedState()
    for (let attempt = 0; attempt < 6; attempt++) {
      expect(await submitLink(csrfToken, `nobody${attempt}@example.jp`)).toEqual(
        credentialsInvalid(4),
      )
    }
    expectRefusal(before, 'hellowork', 'link.authenticate', 'credentials_invalid')
    expect((await submitLink(csrfToken)).status).toBe(200)
  })

  it('lets the right password in again 30 simulated minutes after the lock', async () => {
    const { csrfToken: mynaCsrfToken } = await reachStepFour()
    const csrfToken = await linkCsrf()
    for (let attempt = 0; attempt < 5; attempt++) await submitLink(csrfToken, EMAIL, 'wrong')

    await advanceClock(29)
    await restartFlow(mynaCsrfToken)
    const before = protectedState()
    expect(await authenticateLink()).toEqual(ACCOUNT_LOCKED)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'account_locked')

    await advanceClock(1)
    await restartFlow(mynaCsrfToken)
    expect((await authenticateLink()).status).toBe(200)
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  it('starts the count again after a success', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    for (let attempt = 0; attempt < 4; attempt++) await submitLink(csrfToken, EMAIL, 'wrong')
    expect(hwAccount().failedLogins).toBe(4)

    expect((await submitLink(csrfToken)).status).toBe(200)
    expect(hwAccount().failedLogins).toBe(0)
  })

  it('refuses the account of the scenario hw-locked, even with the right password', async () => {
    await loadScenario('hw-locked')
    await reachStepFour()
    const before = protectedState()
    expect(await authenticateLink()).toEqual(ACCOUNT_LOCKED)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'account_locked')
  })

  it('refuses with 409 linked_elsewhere an account linked to another Mynaportal user, keeping that link', async () => {
    await loadScenario('linked-elsewhere')
    await reachStepFour()
    const before = serverState()

    expect(await authenticateLink()).toEqual({
      status: 409,
      body: { error: { code: 'linked_elsewhere', message: MESSAGES.linkedElsewhere } },
    })
    expect(serverState()).toEqual(before)
    expect(helloworkDb.read().links).toEqual([
      expect.objectContaining({ accountId: 'hw-account-1', sub: subjectOf('card-yamada') }),
    ])
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'linked_elsewhere',
    })
  })

  it('refuses with 409 already_connected a link flow forced by a user who is linked already', async () => {
    await loadScenario('linked')
    await mynaLogin()
    // つなぐ is refused for a connected user, so go to Hello Work's initiation directly.
    const initiation = new URL('https://hellowork.example/auth/initiate')
    initiation.search = new URLSearchParams({
      iss: ISS,
      target_link_uri: HELLOWORK_TARGETS.link,
    }).toString()
    await authorize(await initiate(initiation))
    locationOf(await callback(await decide('allow')))
    const before = serverState()

    expect(await authenticateLink()).toEqual({
      status: 409,
      body: { error: { code: 'already_connected', message: MESSAGES.alreadyConnected } },
    })
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'already_connected')
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  it.each([
    ['a made-up CSRF token', 'forged'],
    ['no CSRF token', ''],
  ])('refuses %s with 400 flow_invalid, linking nothing', async (_, csrfToken) => {
    await reachStepFour()
    const before = serverState()

    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(before)
    expect(hwAccount().failedLogins).toBe(0)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'flow_invalid',
    })
  })

  it('refuses the CSRF token of this transaction sent from another browser', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    switchToNewBrowser()
    const before = serverState()

    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'flow_invalid')
  })

  it('refuses ④ after the transaction’s ten minutes', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    await advanceClock(11)
    const before = serverState()

    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'flow_invalid')
  })

  it('aborts the flow when another Mynaportal user signed in on this browser before ④', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    await mynaLogin('card-yamada', '5678')
    const before = protectedState()

    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expect(protectedState()).toEqual(before)
    expect(helloworkDb.read().links).toEqual([])
    expect(newestTransaction().stage).toBe('consumed')
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'flow_invalid',
      detail: { reason: 'Mynaportal session ended' },
    })
    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
  })

  it('aborts the flow when the Mynaportal user signed out before ④', async () => {
    const { csrfToken: mynaCsrfToken } = await reachStepFour()
    const csrfToken = await linkCsrf()
    await call(`${MYNAPORTAL_API}/logout`, { body: { csrfToken: mynaCsrfToken } })
    const before = protectedState()

    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expectRefusal(before, 'hellowork', 'link.authenticate', 'flow_invalid')
    expect(newestTransaction().stage).toBe('consumed')
  })

  it('answers 502 when Mynaportal’s userinfo fails, and links on 再試行', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()
    await injectFault('mynaportal', 'timeout', ['/userinfo'])
    const before = serverState()

    expect(await submitLink(csrfToken)).toEqual({
      status: 502,
      body: { error: { code: 'upstream_error', message: MESSAGES.upstream('マイナポータル') } },
    })
    expect(serverState()).toEqual(before)
    expect(lastAudit('hellowork')).toMatchObject({ outcome: 'failure', code: 'upstream_error' })

    await injectFault('mynaportal', 'none')
    expect((await submitLink(csrfToken)).status).toBe(200)
  })

  it('answers a second click on 同意 with the same location and makes one link', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()

    const first = await submitLink(csrfToken)
    const second = await submitLink(csrfToken)

    expect(first.status).toBe(200)
    expect(second).toEqual(first)
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkDb.read().tickets).toHaveLength(1)
  })

  it('answers a double click sent before the first answer with one location and one link', async () => {
    await reachStepFour()
    const csrfToken = await linkCsrf()

    const [first, second] = await Promise.all([submitLink(csrfToken), submitLink(csrfToken)])

    expect(first.status).toBe(200)
    expect(second).toEqual(first)
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(helloworkDb.read().tickets).toHaveLength(1)
  })

  it('refuses ④ sent again after ⑤ redeemed the ticket (the back button), still one link', async () => {
    const { csrfToken: mynaCsrfToken } = await reachStepFour()
    const csrfToken = await linkCsrf()
    const completion = locationOf(await submitLink(csrfToken))
    expect((await complete(completion, mynaCsrfToken)).status).toBe(200)
    const after = serverState()

    expect(await submitLink(csrfToken)).toEqual(FLOW_INVALID)
    expect(serverState()).toEqual(after)
    expectRefusal(after, 'hellowork', 'link.authenticate', 'flow_invalid')
    expect(helloworkDb.read().links).toHaveLength(1)
  })
})

describe('a pending link in the console’s data view', () => {
  const links = async () =>
    (await call<ServerDataBody>(`${SIMULATOR_API}/data`)).body.hellowork.links

  it('shows a link ④ made as pending until ⑤, then as linked', async () => {
    const { csrfToken, completion } = await reachStepFive()
    expect(await links()).toEqual([
      {
        accountId: 'hw-account-1',
        userId: 'myna-user-1',
        sub: subjectOf(),
        linkedAt: '2021-09-22T01:00:00.000Z',
        pendingUntil: '2021-09-22T01:05:00.000Z',
      },
    ])
    await complete(completion, csrfToken)
    expect(await links()).toEqual([
      {
        accountId: 'hw-account-1',
        userId: 'myna-user-1',
        sub: subjectOf(),
        linkedAt: '2021-09-22T01:00:00.000Z',
      },
    ])
  })

  it('drops a pending link once its ticket has expired', async () => {
    await reachStepFive()
    await advanceClock(5)
    expect(await links()).toEqual([])
  })
})

describe('POST /link/tickets/redeem (back channel)', () => {
  it('names the subject of a ticket once, for Mynaportal, and makes its link active', async () => {
    const { completion } = await reachStepFive()

    const answer = await redeem(completion.searchParams.get('ticket')!)

    expect(answer).toEqual({ status: 200, body: { iss: ISS, sub: subjectOf('card-ashita') } })
    expect(helloworkDb.read().tickets[0]!.used).toBe(true)
    expect(helloworkDb.read().links).toEqual([
      {
        accountId: 'hw-account-1',
        iss: ISS,
        sub: subjectOf('card-ashita'),
        linkedAt: Date.parse('2021-09-22T01:00:00Z'),
      },
    ])
    expect(lastAudit('hellowork')).toMatchObject({ type: 'link.ticket.redeem', outcome: 'success' })
  })

  it.each([
    ['no credential', ''],
    ['a wrong credential', 'guessed'],
  ])('answers 401 invalid_client to a caller with %s', async (_, bearer) => {
    const { completion } = await reachStepFive()
    const before = serverState()

    expect(await redeem(completion.searchParams.get('ticket')!, bearer)).toEqual({
      status: 401,
      body: { error: { code: 'invalid_client', message: MESSAGES.invalidClient } },
    })
    expect(serverState()).toEqual(before)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.ticket.redeem',
      outcome: 'failure',
      code: 'invalid_client',
    })
  })

  const INVALID_TICKET = {
    status: 400,
    body: { error: { code: 'invalid_ticket', message: MESSAGES.invalidTicket } },
  }

  it('refuses an unknown ticket with 400 invalid_ticket', async () => {
    await reachStepFive()
    const before = serverState()
    expect(await redeem('made-up')).toEqual(INVALID_TICKET)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'link.ticket.redeem', 'invalid_ticket')
  })

  it('refuses a used ticket with 400 invalid_ticket', async () => {
    const { completion } = await reachStepFive()
    const ticket = completion.searchParams.get('ticket')!
    await redeem(ticket)
    const before = serverState()
    expect(await redeem(ticket)).toEqual(INVALID_TICKET)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'link.ticket.redeem', 'invalid_ticket')
  })

  it('answers a retry with the key that spent the ticket again, and no other key', async () => {
    const { completion } = await reachStepFive()
    const ticket = completion.searchParams.get('ticket')!
    const first = await redeem(ticket, backChannelToken(), 'key-of-the-first-try')
    const before = serverState()

    expect(await redeem(ticket, backChannelToken(), 'key-of-the-first-try')).toEqual(first)
    expect(lastAudit('hellowork')).toMatchObject({ outcome: 'success', detail: { retry: true } })
    expect(await redeem(ticket, backChannelToken(), 'another-key')).toEqual(INVALID_TICKET)
    expect(await redeem(ticket)).toEqual(INVALID_TICKET)
    expect(serverState()).toEqual(before)
  })

  it('refuses a ticket after its five minutes', async () => {
    const { completion } = await reachStepFive()
    await advanceClock(6)
    const before = serverState()
    expect(await redeem(completion.searchParams.get('ticket')!)).toEqual(INVALID_TICKET)
    expect(serverState()).toEqual(before)
    expectRefusal(before, 'hellowork', 'link.ticket.redeem', 'invalid_ticket')
  })
})

describe('POST /links/revoke (back channel)', () => {
  it('answers 401 invalid_client without Mynaportal’s credential, keeping the link', async () => {
    await loadScenario('linked')
    const before = serverState()

    expect(await revoke({ iss: ISS, sub: subjectOf() }, '')).toEqual({
      status: 401,
      body: { error: { code: 'invalid_client', message: MESSAGES.invalidClient } },
    })
    expect(serverState()).toEqual(before)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.revoke',
      outcome: 'failure',
      code: 'invalid_client',
    })
  })

  it('removes the link, then answers revoked: false to the same request (idempotent)', async () => {
    await loadScenario('linked')

    expect(await revoke({ iss: ISS, sub: subjectOf() })).toEqual({
      status: 200,
      body: { revoked: true },
    })
    expect(helloworkDb.read().links).toEqual([])

    expect(await revoke({ iss: ISS, sub: subjectOf() })).toEqual({
      status: 200,
      body: { revoked: false },
    })
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.revoke',
      outcome: 'success',
      detail: { revoked: false },
    })
  })

  it.each([
    ['another subject', () => ({ iss: ISS, sub: subjectOf('card-yamada') })],
    ['another issuer', () => ({ iss: 'https://evil.example', sub: subjectOf() })],
  ])('keeps the link when asked to revoke %s', async (_, body) => {
    await loadScenario('linked')
    const before = serverState()
    expect(await revoke(body())).toEqual({ status: 200, body: { revoked: false } })
    expect(serverState()).toEqual(before)
  })
})
