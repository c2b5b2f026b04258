/**
 * The MyPage's jobs.
 * GET /mypage/jobs             求人検索 (keywords, area) or one of the home's lists (`list`)
 * GET /mypage/jobs/:jobNumber  求人詳細, with whether this job seeker applied
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { JobDetailBody, JobPosting, JobSearchBody } from '@/contracts/hellowork'
import { isoAt } from '../../../shared/clock'
import { refuse } from '../../../shared/refusal'
import { helloworkDb, type HwData } from '../../db'
import { defineEndpoint, requireAccount } from '../../server'

type StoredJob = HwData['jobs'][number]

/** A job as the screens see it: which of the home's lists it is on stays in the server. */
export const publicJob = ({ section: _section, ...job }: StoredJob): JobPosting => job

export function findJob(data: HwData, jobNumber: string): StoredJob {
  return (
    data.jobs.find((job) => job.jobNumber === jobNumber) ??
    refuse(404, 'not_found', MESSAGES.notFound)
  )
}

/** 東京都千代田区 → 東京都: the area filter works on prefectures (京都府 is not 京都 + 府…). */
function prefectureOf(workplace: string): string {
  return /^(東京都|北海道|京都府|大阪府|.{2,3}?県)/.exec(workplace)?.[0] ?? workplace
}

const JOB_LISTS = { online: 'online', requested: 'requested' } as const

function matchesKeywords(job: StoredJob, keywords: string[]): boolean {
  const text = [
    job.occupation,
    job.employer,
    job.duties,
    job.workplace,
    job.jobNumber,
    job.category,
    job.employmentType,
    ...job.tags,
  ]
    .join(' ')
    .toLowerCase()
  return keywords.every((keyword) => text.includes(keyword))
}

export const jobHandlers = [
  defineEndpoint(
    'GET /mypage/jobs',
    { event: 'mypage.jobs.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      requireAccount(request, data)
      const query = new URL(request.url).searchParams
      const list = query.get('list')
      let jobs = data.jobs
      if (list !== null) {
        const section = JOB_LISTS[list as keyof typeof JOB_LISTS]
        if (!section) return refuse(404, 'not_found', MESSAGES.notFound)
        jobs = jobs.filter((job) => job.section === section)
      }
      const keywords = (query.get('keyword') ?? '')
        .toLowerCase()
        .split(/[\s\u3000]+/)
        .filter(Boolean)
      const area = query.get('area') ?? ''
      const found = jobs.filter(
        (job) =>
          matchesKeywords(job, keywords) && (area === '' || prefectureOf(job.workplace) === area),
      )
      return HttpResponse.json<JobSearchBody>({
        total: found.length,
        jobs: found.map(publicJob),
        areas: [...new Set(data.jobs.map((job) => prefectureOf(job.workplace)))],
      })
    },
  ),

  defineEndpoint(
    'GET /mypage/jobs/:jobNumber',
    { event: 'mypage.job.read', auditSuccess: false },
    async ({ request, params }) => {
      const data = helloworkDb.read()
      const { account } = requireAccount(request, data)
      const job = findJob(data, params.jobNumber)
      const application = data.applications.find((a) => a.jobNumber === job.jobNumber)
      return HttpResponse.json<JobDetailBody>({
        job: publicJob(job),
        appliedAt: application ? isoAt(application.appliedAt) : null,
        registrationValid: account.registrationValid,
      })
    },
  ),
]
