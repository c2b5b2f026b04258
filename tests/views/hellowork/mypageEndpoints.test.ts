/**
 * The MyPage endpoints added for the screens behind the nav, checked at the wire: session first
 * (401), then CSRF (403), then existence (404), and every refusal changes nothing. (These belong
 * with the mock servers' contract tests in tests/mocks; they live here until that folder is free.)
 */
import { describe, expect, it } from 'vitest'
import type { JobSearchBody } from '@/contracts/hellowork'
import { REGISTRATION_REQUIRED_MESSAGE } from '@/contracts/hellowork'
import { HELLOWORK_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { call, errorCode, loadScenario } from '../../support/protocol'
import { signInByLinking, signInBySso } from './support'

async function sessionCsrf(): Promise<string> {
  const session = await call<{ csrfToken: string }>(`${HELLOWORK_API}/session`)
  expect(session.status).toBe(200)
  return session.body.csrfToken
}

describe('the MyPage endpoints', () => {
  it.each([
    ['GET', '/mypage/jobs'],
    ['GET', '/mypage/jobs/13010-09999999'],
    ['GET', '/mypage/applications'],
    ['GET', '/mypage/messages'],
    ['GET', '/mypage/messages/msg-3'],
    ['GET', '/mypage/profile'],
    ['POST', '/mypage/applications'],
    ['POST', '/mypage/messages/msg-3/read'],
  ] as const)('answers %s %s without a session with 401', async (method, path) => {
    await loadScenario('linked')
    const answer = await call(`${HELLOWORK_API}${path}`, {
      method,
      body: method === 'POST' ? { jobNumber: '13010-09999999', csrfToken: 'x' } : undefined,
    })
    expect(answer.status).toBe(401)
    expect(errorCode(answer)).toBe('unauthenticated')
  })

  it.each([
    ['/mypage/jobs/99999-99999999'],
    ['/mypage/messages/msg-999'],
    ['/mypage/jobs?list=unknown'],
  ])('answers GET %s with 404', async (path) => {
    await signInBySso()
    const answer = await call(`${HELLOWORK_API}${path}`)
    expect(answer.status).toBe(404)
    expect(errorCode(answer)).toBe('not_found')
  })

  it('filters jobs by every keyword and by prefecture', async () => {
    await signInBySso()
    const search = (query: string) =>
      call<JobSearchBody>(`${HELLOWORK_API}/mypage/jobs?${query}`).then((a) => a.body)

    expect((await search('')).total).toBe(12)
    expect((await search('')).areas).toEqual(['東京都', '大阪府', '神奈川県', '埼玉県'])
    expect((await search('keyword=介護　パート')).jobs.map((j) => j.jobNumber)).toEqual([
      '13010-09999997',
    ])
    expect((await search('area=東京都&keyword=事務')).total).toBe(2)
    expect((await search('list=requested')).total).toBe(2)
  })

  it('refuses to apply with a wrong CSRF token, and for an unknown job, changing nothing', async () => {
    await signInBySso()
    const before = helloworkDb.read().applications
    const forged = await call(`${HELLOWORK_API}/mypage/applications`, {
      body: { jobNumber: '13040-03333333', csrfToken: 'forged' },
    })
    expect([forged.status, errorCode(forged)]).toEqual([403, 'csrf_invalid'])
    const unknown = await call(`${HELLOWORK_API}/mypage/applications`, {
      body: { jobNumber: '99999-99999999', csrfToken: await sessionCsrf() },
    })
    expect([unknown.status, errorCode(unknown)]).toEqual([404, 'not_found'])
    expect(helloworkDb.read().applications).toEqual(before)
  })

  it('applies once however often 応募 is sent', async () => {
    await signInBySso()
    const csrfToken = await sessionCsrf()
    for (let i = 0; i < 2; i++) {
      const answer = await call(`${HELLOWORK_API}/mypage/applications`, {
        body: { jobNumber: '13040-03333333', csrfToken },
      })
      expect(answer.status).toBe(200)
    }
    const applied = helloworkDb.read().applications.filter((a) => a.jobNumber === '13040-03333333')
    expect(applied).toHaveLength(1)
  })

  it('refuses an application while the 求職登録 is invalid, changing nothing', async () => {
    await signInByLinking('expired-registration')
    const before = helloworkDb.read().applications
    const answer = await call<{ error: { message: string } }>(
      `${HELLOWORK_API}/mypage/applications`,
      { body: { jobNumber: '13040-03333333', csrfToken: await sessionCsrf() } },
    )
    expect(answer.status).toBe(403)
    expect(answer.body.error.message).toBe(REGISTRATION_REQUIRED_MESSAGE)
    expect(helloworkDb.read().applications).toEqual(before)
  })

  it('marks a message read only by POST with the session’s CSRF token', async () => {
    await signInBySso()
    const url = `${HELLOWORK_API}/mypage/messages/msg-3`
    expect((await call<{ read: boolean }>(url)).body.read).toBe(false)
    expect(helloworkDb.read().messages.find((m) => m.id === 'msg-3')?.read).toBe(false)

    const forged = await call(`${url}/read`, { body: { csrfToken: 'forged' } })
    expect(errorCode(forged)).toBe('csrf_invalid')
    expect(helloworkDb.read().messages.find((m) => m.id === 'msg-3')?.read).toBe(false)

    const read = await call<{ unread: number }>(`${url}/read`, {
      body: { csrfToken: await sessionCsrf() },
    })
    expect(read.body).toEqual({ unread: 1 })
  })
})
