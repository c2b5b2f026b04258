/**
 * The signed-in MyPage (mocks/hellowork/handlers/mypage.ts): GET /session, POST /logout and the
 * /mypage/* endpoints. Session first (401), then CSRF (403), then existence (404).
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type {
  ApplicationListBody,
  JobDetailBody,
  JobSearchBody,
  MessageListBody,
  MypageHomeBody,
} from '@/contracts/hellowork'
import { REGISTRATION_REQUIRED_MESSAGE } from '@/contracts/hellowork'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import type { ScenarioName } from '@/contracts/simulator'
import { helloworkDb } from '@mocks/hellowork/db'
import {
  call,
  callback,
  hwCsrf,
  linkThroughProtocol,
  loadScenario,
  locationOf,
  mynaLogin,
  startSso,
} from '../../support/protocol'
import {
  cookie,
  currentBrowser,
  expectRefusal,
  lastAudit,
  protectedState,
  switchToBrowser,
} from '../../support/serverState'

const UNAUTHENTICATED = {
  status: 401,
  body: { error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } },
}
const CSRF_INVALID = {
  status: 403,
  body: { error: { code: 'csrf_invalid', message: MESSAGES.csrfInvalid } },
}
const NOT_FOUND = {
  status: 404,
  body: { error: { code: 'not_found', message: MESSAGES.notFound } },
}

/** ① and 利用する in a linked scenario: this browser is signed in to Hello Work. */
async function signedIn(scenario: ScenarioName = 'linked'): Promise<string> {
  await loadScenario(scenario)
  if (scenario === 'linked') {
    expect(locationOf(await callback(await startSso(await mynaLogin()))).pathname).toBe('/mypage')
  } else {
    await linkThroughProtocol()
  }
  return hwCsrf()
}

const api = (path: string) => `${HELLOWORK_API}${path}`

describe('without a Hello Work session', () => {
  it.each([
    ['GET', '/session', 'session.read'],
    ['POST', '/logout', 'logout'],
    ['GET', '/mypage/home', 'mypage.home.read'],
    ['GET', '/mypage/jobs', 'mypage.jobs.read'],
    ['GET', '/mypage/jobs/13010-09999999', 'mypage.job.read'],
    ['POST', '/mypage/applications', 'mypage.apply'],
    ['GET', '/mypage/applications', 'mypage.applications.read'],
    ['GET', '/mypage/messages', 'mypage.messages.read'],
    ['GET', '/mypage/messages/msg-3', 'mypage.message.read'],
    ['POST', '/mypage/messages/msg-3/read', 'mypage.message.markRead'],
    ['GET', '/mypage/profile', 'mypage.profile.read'],
  ] as const)('%s %s answers 401 and shows nothing of the user', async (method, path, event) => {
    await loadScenario('linked')
    await mynaLogin() // signed in to Mynaportal is not signed in to Hello Work
    const before = protectedState()
    const messagesBefore = helloworkDb.read().messages

    const answer = await call(api(path), {
      method,
      body: method === 'POST' ? { jobNumber: '13010-09999998', csrfToken: '' } : undefined,
    })

    expect(answer).toEqual(UNAUTHENTICATED)
    expect(protectedState()).toEqual(before)
    expect(helloworkDb.read().messages).toEqual(messagesBefore)
    expect(helloworkDb.read().applications).toHaveLength(1)
    expect(lastAudit('hellowork')).toMatchObject({
      type: event,
      outcome: 'failure',
      code: 'unauthenticated',
    })
  })

  it('answers 401 to a session id the server has ended (a stale cookie)', async () => {
    const csrfToken = await signedIn()
    const stale = currentBrowser()
    await call(api('/logout'), { body: { csrfToken } })
    switchToBrowser(stale)
    expect(cookie('hellowork', 'hw_sid')).toBeDefined()
    const before = protectedState()

    expect(await call(api('/mypage/home'))).toEqual(UNAUTHENTICATED)
    expectRefusal(before, 'hellowork', 'mypage.home.read', 'unauthenticated')
  })
})

describe('GET /session', () => {
  it('names the signed-in account and gives the session’s CSRF token', async () => {
    await signedIn()
    expect(await call(api('/session'))).toEqual({
      status: 200,
      body: {
        account: { displayName: '明日 勇気' },
        csrfToken: helloworkDb.read().sessions[0]!.csrfToken,
      },
    })
  })
})

describe('POST /logout', () => {
  it('requires the session’s CSRF token (403), keeping the session', async () => {
    await signedIn()
    const before = protectedState()

    expect(await call(api('/logout'), { body: { csrfToken: 'forged' } })).toEqual(CSRF_INVALID)
    expectRefusal(before, 'hellowork', 'logout', 'csrf_invalid')
  })

  it('ends the session (204), leaving the link and Mynaportal’s session alone', async () => {
    const csrfToken = await signedIn()
    const before = protectedState()

    expect(await call(api('/logout'), { body: { csrfToken } })).toEqual({ status: 204, body: null })

    expect(protectedState()).toEqual({ ...before, helloworkSessions: [] })
    expect(cookie('hellowork', 'hw_sid')).toBeUndefined()
    expect(lastAudit('hellowork')).toMatchObject({ type: 'logout', outcome: 'success' })
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(200)
  })
})

describe('GET /mypage/home', () => {
  it('shows the default persona’s home as in the manual’s screenshot', async () => {
    await signedIn()

    const answer = await call<MypageHomeBody>(api('/mypage/home'))

    expect(answer.status).toBe(200)
    const home = answer.body
    expect(home.lastLoginAt).toBe('2021-09-21T01:00:00.000Z')
    expect(home.onlineReferralJobs.total).toBe(1)
    expect(home.onlineReferralJobs.latest).toMatchObject({
      jobNumber: '13010-09999999',
      occupation: '介護福祉士',
      employer: '株式会社ハローワークケア',
      wage: '205,000円~290,000円',
      status: '有効',
    })
    expect(home.onlineReferralJobs.latest).not.toHaveProperty('section')
    expect(home.requestedJobs.total).toBe(2)
    expect(home.requestedJobs.latest?.jobNumber).toBe('13010-09999998')
    expect(home.profile).toEqual({
      displayName: '明日 勇気',
      officeName: '飯田橋公共職業安定所',
      jobSeekerNumber: '13010-01234567',
      unreadMessages: 2,
      disclosureStatus: '公開中',
      registrationValid: true,
    })
    expect(home.applications).toEqual([{ jobNumber: '13010-09999999', occupation: '介護福祉士' }])
  })

  it('shows the manual’s previous login after the whole link flow, ④ then ⑤ 利用する (①–⑥)', async () => {
    const { csrfToken } = await linkThroughProtocol()
    expect(locationOf(await callback(await startSso(csrfToken))).pathname).toBe('/mypage')

    const home = (await call<MypageHomeBody>(api('/mypage/home'))).body

    expect(home.lastLoginAt).toBe('2021-09-21T01:00:00.000Z')
  })

  it('shows the time of the single sign-on before this one as the previous login', async () => {
    const csrfToken = await signedIn()
    expect(csrfToken).toBeTruthy()
    await call(`${SIMULATOR_API}/clock`, { body: { advanceMinutes: 60 } })
    // An hour idle ended the Mynaportal session: the card signs in again.
    await callback(await startSso(await mynaLogin()))

    const home = (await call<MypageHomeBody>(api('/mypage/home'))).body

    expect(home.lastLoginAt).toBe('2021-09-22T01:00:00.000Z')
  })

  it('shows the same home after signing in by linking', async () => {
    await signedIn('unlinked')
    const home = (await call<MypageHomeBody>(api('/mypage/home'))).body
    expect(home.lastLoginAt).toBe('2021-09-21T01:00:00.000Z')
    expect(home.profile.unreadMessages).toBe(2)
  })

  it('shows 求職登録 無効 in the scenario expired-registration', async () => {
    await signedIn('expired-registration')
    const home = (await call<MypageHomeBody>(api('/mypage/home'))).body
    expect(home.profile.registrationValid).toBe(false)
  })
})

describe('GET /mypage/jobs', () => {
  it('lists every job without a filter, with the prefectures for the area filter', async () => {
    await signedIn()
    const answer = await call<JobSearchBody>(api('/mypage/jobs'))
    expect(answer.status).toBe(200)
    expect(answer.body.total).toBe(12)
    expect(answer.body.jobs).toHaveLength(12)
    expect(answer.body.areas).toEqual(['東京都', '大阪府', '神奈川県', '埼玉県'])
  })

  it.each([
    ['list=online', ['13010-09999999']],
    ['list=requested', ['13010-09999998', '13010-09999997']],
    ['keyword=介護　パート', ['13010-09999997']],
    ['keyword=事務&area=東京都', ['13020-01111111', '13030-02222222']],
    ['area=大阪府', ['27010-06666666']],
    ['keyword=存在しない職種', []],
  ])('narrows the jobs with %s', async (query, jobNumbers) => {
    await signedIn()
    const answer = await call<JobSearchBody>(api(`/mypage/jobs?${query}`))
    expect(answer.body.jobs.map((job) => job.jobNumber)).toEqual(jobNumbers)
    expect(answer.body.total).toBe(jobNumbers.length)
  })

  it('answers 404 for a list that does not exist', async () => {
    await signedIn()
    const before = protectedState()
    expect(await call(api('/mypage/jobs?list=secret'))).toEqual(NOT_FOUND)
    expectRefusal(before, 'hellowork', 'mypage.jobs.read', 'not_found')
  })
})

describe('GET /mypage/jobs/:jobNumber', () => {
  it('shows a job and when this job seeker applied to it', async () => {
    await signedIn()
    const answer = await call<JobDetailBody>(api('/mypage/jobs/13010-09999999'))
    expect(answer.status).toBe(200)
    expect(answer.body.job.jobNumber).toBe('13010-09999999')
    expect(answer.body.appliedAt).toBe('2021-09-21T02:00:00.000Z')
    expect(answer.body.registrationValid).toBe(true)
  })

  it('shows appliedAt null for a job not applied to', async () => {
    await signedIn()
    const answer = await call<JobDetailBody>(api('/mypage/jobs/13040-03333333'))
    expect(answer.body.appliedAt).toBeNull()
  })

  it('answers 404 for a job that does not exist', async () => {
    await signedIn()
    const before = protectedState()
    expect(await call(api('/mypage/jobs/99999-99999999'))).toEqual(NOT_FOUND)
    expectRefusal(before, 'hellowork', 'mypage.job.read', 'not_found')
  })
})

describe('POST /mypage/applications (応募)', () => {
  const apply = (jobNumber: string, csrfToken: string) =>
    call(api('/mypage/applications'), { body: { jobNumber, csrfToken } })

  it('records an application once, however often 応募 is sent', async () => {
    const csrfToken = await signedIn()

    const first = await apply('13040-03333333', csrfToken)
    const second = await apply('13040-03333333', csrfToken)

    expect(first).toEqual({
      status: 200,
      body: {
        jobNumber: '13040-03333333',
        occupation: '看護師',
        employer: '医療法人ハローワーク会',
        appliedAt: '2021-09-22T01:00:00.000Z',
        status: '応募中',
      },
    })
    expect(second).toEqual(first)
    expect(helloworkDb.read().applications).toHaveLength(2)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'mypage.apply',
      outcome: 'success',
      detail: { jobNumber: '13040-03333333' },
    })
  })

  it('requires the session’s CSRF token (403), applying nothing', async () => {
    await signedIn()
    const before = protectedState()
    const applications = helloworkDb.read().applications
    expect(await apply('13040-03333333', 'forged')).toEqual(CSRF_INVALID)
    expect(helloworkDb.read().applications).toEqual(applications)
    expectRefusal(before, 'hellowork', 'mypage.apply', 'csrf_invalid')
  })

  it('answers 404 for a job that does not exist', async () => {
    const csrfToken = await signedIn()
    const before = protectedState()
    const applications = helloworkDb.read().applications
    expect(await apply('99999-99999999', csrfToken)).toEqual(NOT_FOUND)
    expect(helloworkDb.read().applications).toEqual(applications)
    expectRefusal(before, 'hellowork', 'mypage.apply', 'not_found')
  })

  it('refuses with 403 while the 求職登録 is 無効, applying nothing', async () => {
    const csrfToken = await signedIn('expired-registration')
    const before = protectedState()
    const applications = helloworkDb.read().applications

    expect(await apply('13040-03333333', csrfToken)).toEqual({
      status: 403,
      body: { error: { code: 'invalid_request', message: REGISTRATION_REQUIRED_MESSAGE } },
    })
    expect(helloworkDb.read().applications).toEqual(applications)
    expectRefusal(before, 'hellowork', 'mypage.apply', 'invalid_request')
  })
})

describe('GET /mypage/applications', () => {
  it('lists the applications, newest first', async () => {
    const csrfToken = await signedIn()
    await call(api('/mypage/applications'), {
      body: { jobNumber: '13040-03333333', csrfToken },
    })

    const answer = await call<ApplicationListBody>(api('/mypage/applications'))

    expect(answer.status).toBe(200)
    expect(answer.body.applications.map((a) => [a.jobNumber, a.appliedAt])).toEqual([
      ['13040-03333333', '2021-09-22T01:00:00.000Z'],
      ['13010-09999999', '2021-09-21T02:00:00.000Z'],
    ])
    expect(answer.body.registrationValid).toBe(true)
  })
})

describe('messages', () => {
  it('lists the messages newest first with the unread count', async () => {
    await signedIn()
    const answer = await call<MessageListBody>(api('/mypage/messages'))
    expect(answer.status).toBe(200)
    expect(answer.body.unread).toBe(2)
    expect(answer.body.messages.map((m) => [m.id, m.read])).toEqual([
      ['msg-3', false],
      ['msg-2', false],
      ['msg-1', true],
    ])
    expect(answer.body.messages[0]).not.toHaveProperty('body')
  })

  it('shows one message without marking it read (a GET changes nothing)', async () => {
    await signedIn()
    const answer = await call(api('/mypage/messages/msg-3'))
    expect(answer).toEqual({
      status: 200,
      body: {
        id: 'msg-3',
        subject: '【飯田橋公共職業安定所】応募書類の送付について',
        body: '株式会社ハローワークケアから、応募書類の送付先についてご連絡がありました。',
        sentAt: '2021-09-21T06:30:00.000Z',
        read: false,
      },
    })
    expect(helloworkDb.read().messages.find((m) => m.id === 'msg-3')!.read).toBe(false)
  })

  it('answers 404 for a message that does not exist', async () => {
    await signedIn()
    const before = protectedState()
    expect(await call(api('/mypage/messages/msg-999'))).toEqual(NOT_FOUND)
    expectRefusal(before, 'hellowork', 'mypage.message.read', 'not_found')
  })

  it('marks a message read by POST with the CSRF token, answering the unread count', async () => {
    const csrfToken = await signedIn()
    const answer = await call(api('/mypage/messages/msg-3/read'), { body: { csrfToken } })
    expect(answer).toEqual({ status: 200, body: { unread: 1 } })
    expect(helloworkDb.read().messages.find((m) => m.id === 'msg-3')!.read).toBe(true)
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'mypage.message.markRead',
      outcome: 'success',
      detail: { messageId: 'msg-3' },
    })
  })

  it('refuses to mark a message read without the CSRF token (403)', async () => {
    await signedIn()
    const before = protectedState()
    const messages = helloworkDb.read().messages
    expect(await call(api('/mypage/messages/msg-3/read'), { body: { csrfToken: 'x' } })).toEqual(
      CSRF_INVALID,
    )
    expect(helloworkDb.read().messages).toEqual(messages)
    expectRefusal(before, 'hellowork', 'mypage.message.markRead', 'csrf_invalid')
  })

  it('answers 404 when marking a message that does not exist', async () => {
    const csrfToken = await signedIn()
    const before = protectedState()
    const messages = helloworkDb.read().messages
    expect(await call(api('/mypage/messages/msg-999/read'), { body: { csrfToken } })).toEqual(
      NOT_FOUND,
    )
    expect(helloworkDb.read().messages).toEqual(messages)
    expectRefusal(before, 'hellowork', 'mypage.message.markRead', 'not_found')
  })
})

describe('GET /mypage/profile', () => {
  it('shows 求職者情報 and Hello Work’s own link record', async () => {
    await signedIn()
    expect(await call(api('/mypage/profile'))).toEqual({
      status: 200,
      body: {
        displayName: '明日 勇気',
        email: 'yuki.ashita@example.jp',
        jobSeekerNumber: '13010-01234567',
        officeName: '飯田橋公共職業安定所',
        disclosureStatus: '公開中',
        registrationValid: true,
        mynaportalLink: { status: 'linked', linkedAt: '2021-09-15T01:00:00.000Z' },
      },
    })
  })

  it('shows the link as gone after やめる', async () => {
    await signedIn()
    const csrfToken = (await call<{ csrfToken: string }>(`${MYNAPORTAL_API}/session`)).body
      .csrfToken
    await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })
    const answer = await call(api('/mypage/profile'))
    expect(answer.body).toMatchObject({ mynaportalLink: { status: 'unlinked', linkedAt: null } })
  })
})
