/**
 * The MyPage's applications.
 * POST /mypage/applications  応募: session (401), CSRF (403), an existing job (404), then a valid
 *                            求職登録 (403); applying twice is one application
 * GET  /mypage/applications  求職活動状況, newest first
 */
import { HttpResponse } from 'msw'
import type { ApplicationListBody, ApplicationSummary } from '@/contracts/hellowork'
import { REGISTRATION_REQUIRED_MESSAGE } from '@/contracts/hellowork'
import { isoAt, now } from '../../../shared/clock'
import { requireCsrf } from '../../../shared/csrf'
import { refuse } from '../../../shared/refusal'
import { helloworkDb, type HwData } from '../../db'
import { defineEndpoint, requireAccount } from '../../server'
import { findJob } from './jobs'
import { HELLOWORK_BODIES } from '../../requests'

function applicationSummary(
  data: HwData,
  application: HwData['applications'][number],
): ApplicationSummary {
  const job = data.jobs.find((candidate) => candidate.jobNumber === application.jobNumber)
  return {
    jobNumber: application.jobNumber,
    occupation: job?.occupation ?? '',
    employer: job?.employer ?? '',
    appliedAt: isoAt(application.appliedAt),
    status: application.status,
  }
}

export const applicationHandlers = [
  defineEndpoint(
    'POST /mypage/applications',
    { event: 'mypage.apply', body: HELLOWORK_BODIES['POST /mypage/applications'] },
    async ({ request, note, readBody }) => {
      const body = await readBody()
      const { session, account } = requireAccount(request, helloworkDb.read())
      requireCsrf(session.csrfToken, body.csrfToken)
      const job = findJob(helloworkDb.read(), body.jobNumber)
      note({ jobNumber: job.jobNumber })
      if (!account.registrationValid) {
        return refuse(403, 'invalid_request', REGISTRATION_REQUIRED_MESSAGE)
      }
      const summary = await helloworkDb.update((data) => {
        let application = data.applications.find((a) => a.jobNumber === job.jobNumber)
        if (!application) {
          application = { jobNumber: job.jobNumber, appliedAt: now(), status: '応募中' }
          data.applications.push(application)
        }
        return applicationSummary(data, application)
      })
      return HttpResponse.json<ApplicationSummary>(summary)
    },
  ),

  defineEndpoint(
    'GET /mypage/applications',
    { event: 'mypage.applications.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      const { account } = requireAccount(request, data)
      return HttpResponse.json<ApplicationListBody>({
        applications: [...data.applications]
          .sort((a, b) => b.appliedAt - a.appliedAt)
          .map((application) => applicationSummary(data, application)),
        registrationValid: account.registrationValid,
      })
    },
  ),
]
