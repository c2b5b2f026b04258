/** Wire types of Hello Work's MyPage; the endpoints that carry them are in helloworkEndpoints.ts. */

export interface JobPosting {
  jobNumber: string
  occupation: string
  status: '有効' | '無効'
  receivedOn: string
  applicationDeadline: string
  category: string
  workingHours: string
  employer: string
  holidays: string
  workplace: string
  ageLimit: string
  duties: string
  employmentType: string
  wage: string
  disclosure: string
  tags: string[]
  openings: number
}

export interface MypageHomeBody {
  lastLoginAt: string
  onlineReferralJobs: { total: number; latest: JobPosting | null }
  requestedJobs: { total: number; latest: JobPosting | null }
  profile: {
    displayName: string
    officeName: string
    jobSeekerNumber: string
    unreadMessages: number
    disclosureStatus: string
    registrationValid: boolean
  }
  applications: { occupation: string; jobNumber: string }[]
}

/** The MyPage banner while 求職登録 is 無効. */
export const REGISTRATION_INVALID_MESSAGE =
  '求職登録が無効のため、一部の機能がご利用いただけません。'

/** The two job lists of the home, each with its 「…全てを表示」 page. */
export type JobListName = 'online' | 'requested'

/**
 * Without `list`: every job (求人検索); keywords (space-separated, all must match) and the area
 * (a prefecture) narrow it down. With `list`: one of the home's lists, newest first.
 */
export interface JobSearchBody {
  total: number
  jobs: JobPosting[]
  /** The prefectures that have jobs, for the area filter. */
  areas: string[]
}

export interface JobDetailBody {
  job: JobPosting
  /** When this job seeker applied, if they did. */
  appliedAt: string | null
  registrationValid: boolean
}

export interface ApplyRequest {
  jobNumber: string
  csrfToken: string
}

export interface ApplicationSummary {
  jobNumber: string
  occupation: string
  employer: string
  appliedAt: string
  status: string
}

export interface ApplicationListBody {
  applications: ApplicationSummary[]
  registrationValid: boolean
}

export interface MessageSummary {
  id: string
  subject: string
  sentAt: string
  read: boolean
}

/** Newest first. */
export interface MessageListBody {
  unread: number
  messages: MessageSummary[]
}

export interface MessageBody extends MessageSummary {
  body: string
}

export interface MessageReadBody {
  unread: number
}

/** 求職者情報 and the state of Hello Work's own link record. */
export interface ProfileBody {
  displayName: string
  email: string
  jobSeekerNumber: string
  officeName: string
  disclosureStatus: string
  registrationValid: boolean
  mynaportalLink: { status: 'linked' | 'unlinked'; linkedAt: string | null }
}

/** The refusal of an application while 求職登録 is 無効, with the next step. */
export const REGISTRATION_REQUIRED_MESSAGE =
  '求職登録が無効のため、求人に応募できません。求職登録の手続きは、利用安定所の窓口でお問い合わせください。'
