import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  ApplicationListBody,
  AuthCallbackRequest,
  HwSessionBody,
  JobDetailBody,
  JobListName,
  JobSearchBody,
  MessageBody,
  MessageListBody,
  MypageHomeBody,
  OtpMailNotice,
  ProfileBody,
  PracticeAccount,
} from '@/contracts/hellowork'
import { isApiError } from '@/api/http'
import { helloworkApi } from '@/api/hellowork'
import { actionConfirmation } from './actionConfirmation'
import { sessionEnd } from './sessionEnd'
import type { SessionState } from './mynaportal'

/** What the Hello Work screens know of their server: the signed-in account and the MyPage home. */
export const useHelloworkStore = defineStore('hellowork', () => {
  const session = ref<SessionState>('unknown')
  const displayName = ref('')
  const csrfToken = ref('')
  const home = ref<MypageHomeBody | null>(null)
  // The MyPage screens behind the nav: each holds what its screen last loaded.
  const jobSearch = ref<JobSearchBody | null>(null)
  const jobDetail = ref<JobDetailBody | null>(null)
  const applications = ref<ApplicationListBody | null>(null)
  const messages = ref<MessageListBody | null>(null)
  const message = ref<MessageBody | null>(null)
  const profile = ref<ProfileBody | null>(null)
  // ログイン: the form's CSRF token, and the mail with the one-time password while one is pending.
  const loginCsrfToken = ref('')
  /** The practice account's hint, as the server gave it with the login form. */
  const loginPractice = ref<PracticeAccount | null>(null)
  const otpNotice = ref<OtpMailNotice | null>(null)
  /** A single sign-on just logged this browser in and said who: the next screen need not ask. */
  const confirmation = actionConfirmation()
  /** Set when the server ended the session after a long idle; the login screen says so. */
  const ended = sessionEnd()

  function clearMypage() {
    jobSearch.value = null
    jobDetail.value = null
    applications.value = null
    messages.value = null
    message.value = null
    profile.value = null
  }

  function signedIn(body: HwSessionBody) {
    session.value = 'signed-in'
    displayName.value = body.account.displayName
    csrfToken.value = body.csrfToken
  }

  function signedOut() {
    confirmation.clear()
    session.value = 'signed-out'
    displayName.value = ''
    csrfToken.value = ''
    home.value = null
    clearMypage()
  }

  /** The server ended the session after a long idle, on `path` (a screen of this site) or none. */
  function sessionLapsed(path?: string) {
    signedOut()
    ended.lapse(path)
  }

  async function refreshSession(): Promise<boolean | undefined> {
    try {
      signedIn(await helloworkApi.session())
      return true
    } catch (error) {
      if (isApiError(error, 'unauthenticated', 'session_expired')) {
        if (isApiError(error, 'session_expired')) sessionLapsed()
        else signedOut()
        return false
      }
      return undefined
    }
  }

  async function logout() {
    await helloworkApi.logout(csrfToken.value)
    signedOut()
  }

  async function loadLoginForm() {
    const form = await helloworkApi.loginForm()
    loginCsrfToken.value = form.csrfToken
    loginPractice.value = form.practice
  }

  /** The location to go to once signed in, or null when a one-time password was mailed first. */
  async function login(email: string, password: string): Promise<string | null> {
    const body = await helloworkApi.login(email, password, loginCsrfToken.value)
    if ('otp' in body) {
      otpNotice.value = body.otp
      return null
    }
    otpNotice.value = null
    return body.location
  }

  async function verifyOtp(code: string): Promise<string> {
    const { location } = await helloworkApi.verifyOtp(code, loginCsrfToken.value)
    otpNotice.value = null
    return location
  }

  /** The pending code ended on the server (expired, or the account locked): its mail goes too. */
  function dropOtp() {
    otpNotice.value = null
  }

  async function loadHome() {
    home.value = await helloworkApi.home()
  }

  async function searchJobs(criteria: { keyword?: string; area?: string; list?: JobListName }) {
    jobSearch.value = null
    jobSearch.value = await helloworkApi.searchJobs(criteria)
  }

  async function loadJob(jobNumber: string) {
    jobDetail.value = null
    jobDetail.value = await helloworkApi.job(jobNumber)
  }

  /** 応募: the server refuses it while 求職登録 is 無効; the screen then shows why. */
  async function apply(jobNumber: string) {
    const application = await helloworkApi.apply(jobNumber, csrfToken.value)
    if (jobDetail.value?.job.jobNumber === jobNumber) {
      jobDetail.value = { ...jobDetail.value, appliedAt: application.appliedAt }
    }
    return application
  }

  async function loadApplications() {
    applications.value = await helloworkApi.applications()
  }

  async function loadMessages() {
    messages.value = await helloworkApi.messages()
  }

  /** Opening a message reads it (GET), then marks it read on the server (POST with CSRF). */
  async function openMessage(id: string) {
    message.value = null
    const opened = await helloworkApi.message(id)
    message.value = opened
    if (!opened.read) {
      const { unread } = await helloworkApi.markMessageRead(id, csrfToken.value)
      message.value = { ...opened, read: true }
      if (home.value) {
        home.value = { ...home.value, profile: { ...home.value.profile, unreadMessages: unread } }
      }
    }
  }

  async function loadProfile() {
    profile.value = await helloworkApi.profile()
  }

  const initiate = async (iss: string, targetLinkUri: string) =>
    (await helloworkApi.initiate(iss, targetLinkUri)).location
  const callback = async (response: AuthCallbackRequest) =>
    confirmation.locationOf(await helloworkApi.callback(response), signedIn)
  const linkTransaction = () => helloworkApi.linkTransaction()
  const authenticateLink = async (email: string, password: string, linkCsrfToken: string) =>
    (await helloworkApi.authenticateLink(email, password, linkCsrfToken)).location

  function $reset() {
    confirmation.clear()
    session.value = 'unknown'
    displayName.value = ''
    csrfToken.value = ''
    home.value = null
    clearMypage()
    loginCsrfToken.value = ''
    loginPractice.value = null
    otpNotice.value = null
  }

  return {
    session,
    displayName,
    csrfToken,
    home,
    refreshSession,
    takeActionConfirmation: confirmation.take,
    sessionExpired: ended.expired,
    sessionLapsed,
    takeResume: ended.take,
    loginCsrfToken,
    loginPractice,
    otpNotice,
    loadLoginForm,
    login,
    verifyOtp,
    dropOtp,
    logout,
    loadHome,
    initiate,
    callback,
    linkTransaction,
    authenticateLink,
    jobSearch,
    jobDetail,
    applications,
    messages,
    message,
    profile,
    searchJobs,
    loadJob,
    apply,
    loadApplications,
    loadMessages,
    openMessage,
    loadProfile,
    $reset,
  }
})
