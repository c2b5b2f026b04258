/**
 * The signed-in MyPage.
 * 1. GET  /session      who is signed in, with the CSRF token
 * 2. POST /logout       ends the session
 * 3. GET  /mypage/home  求職者マイページホーム: the newest job of each list, the side panel, and
 *                       the previous login time (the one before this session started)
 */
import { HttpResponse } from 'msw'
import type { HwSessionBody, JobPosting, MypageHomeBody } from '@/contracts/hellowork'
import { isoAt } from '../../shared/clock'
import { writeCookie } from '../../shared/cookies'
import { readJsonBody, stringField } from '../../shared/endpoint'
import { constantTimeEqual } from '../../shared/secrets'
import { fail } from '../../shared/endpoint'
import { MESSAGES } from '@/contracts/errors'
import { helloworkDb, SESSION_COOKIE, type HwData } from '../db'
import { defineEndpoint, requireAccount } from '../server'

function jobList(data: HwData, section: 'online' | 'requested') {
  const jobs: JobPosting[] = data.jobs
    .filter((job) => job.section === section)
    .map(({ section: _section, ...job }) => job)
  return { total: jobs.length, latest: jobs[0] ?? null }
}

export const mypageHandlers = [
  defineEndpoint(
    'get',
    '/session',
    { event: 'session.read', auditSuccess: false },
    async ({ request }) => {
      const { session, account } = requireAccount(request, helloworkDb.read())
      return HttpResponse.json<HwSessionBody>({
        account: { displayName: account.displayName },
        csrfToken: session.csrfToken,
      })
    },
  ),

  defineEndpoint('post', '/logout', { event: 'logout' }, async ({ request }) => {
    const body = await readJsonBody(request)
    await helloworkDb.update((data) => {
      const { session } = requireAccount(request, data)
      if (!constantTimeEqual(session.csrfToken, stringField(body, 'csrfToken'))) {
        fail(403, 'csrf_invalid', MESSAGES.csrfInvalid)
      }
      data.sessions = data.sessions.filter((s) => s.id !== session.id)
    })
    writeCookie(request, SESSION_COOKIE, undefined)
    return new HttpResponse(null, { status: 204 })
  }),

  defineEndpoint(
    'get',
    '/mypage/home',
    { event: 'mypage.home.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      const { account } = requireAccount(request, data)
      const applications = data.applications.map((application) => ({
        jobNumber: application.jobNumber,
        occupation:
          data.jobs.find((job) => job.jobNumber === application.jobNumber)?.occupation ?? '',
      }))
      return HttpResponse.json<MypageHomeBody>({
        lastLoginAt: isoAt(account.previousLoginAt),
        onlineReferralJobs: jobList(data, 'online'),
        requestedJobs: jobList(data, 'requested'),
        profile: {
          displayName: account.displayName,
          officeName: account.officeName,
          jobSeekerNumber: account.jobSeekerNumber,
          unreadMessages: data.messages.filter((message) => !message.read).length,
          disclosureStatus: account.disclosureStatus,
          registrationValid: account.registrationValid,
        },
        applications,
      })
    },
  ),
]
