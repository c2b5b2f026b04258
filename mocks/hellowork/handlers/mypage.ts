/**
 * The signed-in MyPage.
 * 1. GET  /session      who is signed in, with the CSRF token
 * 2. POST /logout       ends the session
 * 3. GET  /mypage/home  求職者マイページホーム: the newest job of each list, the side panel, and
 *                       the previous login time (the one before this session started)
 * 4. GET  /mypage/jobs                      求人検索 (keywords, area) or one of the home's lists
 * 5. GET  /mypage/jobs/:jobNumber           求人詳細, with whether this job seeker applied
 * 6. POST /mypage/applications              応募: CSRF, existing job, valid 求職登録; idempotent
 * 7. GET  /mypage/applications              求職活動状況
 * 8. GET  /mypage/messages                  メッセージ list with the unread count
 * 9. GET  /mypage/messages/:messageId       one message; reading it changes nothing (a GET)…
 * 10. POST /mypage/messages/:messageId/read …so the screen marks it read here, with CSRF
 * 11. GET  /mypage/profile                  求職者情報 and Hello Work's own link record
 * Every endpoint checks the session first (401), then CSRF (403), then existence (404).
 */
import { HttpResponse } from 'msw'
import type {
  ApplicationListBody,
  ApplicationSummary,
  HwSessionBody,
  JobDetailBody,
  JobPosting,
  JobSearchBody,
  MessageBody,
  MessageListBody,
  MessageReadBody,
  MypageHomeBody,
  ProfileBody,
} from '@/contracts/hellowork'
import { REGISTRATION_REQUIRED_MESSAGE } from '@/contracts/hellowork'
import { isoAt, now } from '../../shared/clock'
import { writeCookie } from '../../shared/cookies'
import { readJsonBody, stringField } from '../../shared/endpoint'
import { constantTimeEqual } from '../../shared/secrets'
import { refuse } from '../../shared/refusal'
import { MESSAGES } from '@/contracts/errors'
import { helloworkDb, SESSION_COOKIE, type HwData, type HwSession, type Message } from '../db'
import { activeLinkOfAccount } from '../links'
import { defineEndpoint, requireAccount } from '../server'

function jobList(data: HwData, section: 'online' | 'requested') {
  const jobs: JobPosting[] = data.jobs
    .filter((job) => job.section === section)
    .map(({ section: _section, ...job }) => job)
  return { total: jobs.length, latest: jobs[0] ?? null }
}

type StoredJob = HwData['jobs'][number]

const publicJob = ({ section: _section, ...job }: StoredJob): JobPosting => job

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

function requireCsrf(session: HwSession, body: Record<string, unknown>): void {
  if (!constantTimeEqual(session.csrfToken, stringField(body, 'csrfToken'))) {
    refuse(403, 'csrf_invalid', MESSAGES.csrfInvalid)
  }
}

function findJob(data: HwData, jobNumber: string): StoredJob {
  return (
    data.jobs.find((job) => job.jobNumber === jobNumber) ??
    refuse(404, 'not_found', MESSAGES.notFound)
  )
}

function findMessage(data: HwData, messageId: string): Message {
  return (
    data.messages.find((message) => message.id === messageId) ??
    refuse(404, 'not_found', MESSAGES.notFound)
  )
}

const unreadCount = (data: HwData) => data.messages.filter((message) => !message.read).length

function applicationSummary(data: HwData, application: HwData['applications'][number]) {
  const job = data.jobs.find((candidate) => candidate.jobNumber === application.jobNumber)
  return {
    jobNumber: application.jobNumber,
    occupation: job?.occupation ?? '',
    employer: job?.employer ?? '',
    appliedAt: isoAt(application.appliedAt),
    status: application.status,
  } satisfies ApplicationSummary
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
        refuse(403, 'csrf_invalid', MESSAGES.csrfInvalid)
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

  defineEndpoint(
    'get',
    '/mypage/jobs',
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

  defineEndpoint<{ jobNumber: string }>(
    'get',
    '/mypage/jobs/:jobNumber',
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

  defineEndpoint(
    'post',
    '/mypage/applications',
    { event: 'mypage.apply' },
    async ({ request, note }) => {
      const body = await readJsonBody(request)
      const { session, account } = requireAccount(request, helloworkDb.read())
      requireCsrf(session, body)
      const job = findJob(helloworkDb.read(), stringField(body, 'jobNumber'))
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
    'get',
    '/mypage/applications',
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

  defineEndpoint(
    'get',
    '/mypage/messages',
    { event: 'mypage.messages.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      requireAccount(request, data)
      return HttpResponse.json<MessageListBody>({
        unread: unreadCount(data),
        messages: [...data.messages]
          .sort((a, b) => b.sentAt - a.sentAt)
          .map(({ id, subject, sentAt, read }) => ({ id, subject, sentAt: isoAt(sentAt), read })),
      })
    },
  ),

  defineEndpoint<{ messageId: string }>(
    'get',
    '/mypage/messages/:messageId',
    { event: 'mypage.message.read', auditSuccess: false },
    async ({ request, params }) => {
      const data = helloworkDb.read()
      requireAccount(request, data)
      const message = findMessage(data, params.messageId)
      return HttpResponse.json<MessageBody>({ ...message, sentAt: isoAt(message.sentAt) })
    },
  ),

  defineEndpoint<{ messageId: string }>(
    'post',
    '/mypage/messages/:messageId/read',
    { event: 'mypage.message.markRead' },
    async ({ request, params, note }) => {
      const body = await readJsonBody(request)
      const { session } = requireAccount(request, helloworkDb.read())
      requireCsrf(session, body)
      findMessage(helloworkDb.read(), params.messageId)
      note({ messageId: params.messageId })
      const unread = await helloworkDb.update((data) => {
        findMessage(data, params.messageId).read = true
        return unreadCount(data)
      })
      return HttpResponse.json<MessageReadBody>({ unread })
    },
  ),

  defineEndpoint(
    'get',
    '/mypage/profile',
    { event: 'mypage.profile.read', auditSuccess: false },
    async ({ request }) => {
      const data = helloworkDb.read()
      const { account } = requireAccount(request, data)
      const link = activeLinkOfAccount(data, account.id)
      return HttpResponse.json<ProfileBody>({
        displayName: account.displayName,
        email: account.email,
        jobSeekerNumber: account.jobSeekerNumber,
        officeName: account.officeName,
        disclosureStatus: account.disclosureStatus,
        registrationValid: account.registrationValid,
        mynaportalLink: link
          ? { status: 'linked', linkedAt: isoAt(link.linkedAt) }
          : { status: 'unlinked', linkedAt: null },
      })
    },
  ),
]
