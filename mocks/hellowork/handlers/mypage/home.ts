/**
 * GET /mypage/home  求職者マイページホーム: the newest job of each list, the side panel, and the
 * previous login time (the one before this session started).
 */
import { HttpResponse } from 'msw'
import type { MypageHomeBody } from '@/contracts/hellowork'
import { isoAt } from '../../../shared/clock'
import { helloworkDb, type HwData } from '../../db'
import { defineEndpoint, requireAccount } from '../../server'
import { publicJob } from './jobs'
import { unreadCount } from './messages'

function jobList(data: HwData, section: 'online' | 'requested') {
  const jobs = data.jobs.filter((job) => job.section === section).map(publicJob)
  return { total: jobs.length, latest: jobs[0] ?? null }
}

export const homeHandlers = [
  defineEndpoint(
    'GET /mypage/home',
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
          unreadMessages: unreadCount(data),
          disclosureStatus: account.disclosureStatus,
          registrationValid: account.registrationValid,
        },
        applications,
      })
    },
  ),
]
