import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type {
  AuthCallbackRequest,
  HwSessionBody,
  OtpMailNotice,
  PracticeAccount,
} from '@/contracts/hellowork'
import { isApiError } from '@/api/http'
import { useHelloworkApi } from '@/api/appClient'
import { actionConfirmation } from './actionConfirmation'
import { sessionEnd } from './sessionEnd'
import type { SessionState } from './mynaportal'

/**
 * What the Hello Work screens share about their server: the signed-in account with its CSRF
 * token, and a login under way. Each MyPage screen loads its own data (src/composables/useMypage).
 */
export const useHelloworkStore = defineStore('hellowork', () => {
  const api = useHelloworkApi()
  const session = ref<SessionState>('unknown')
  const displayName = ref('')
  const csrfToken = ref('')
  /**
   * Changes with the CSRF token, which the server makes per session: at each sign-in, sign-out and
   * reset. The screens' cached data is kept under it, so no session sees another's.
   */
  const sessionNumber = ref(0)
  watch(csrfToken, () => sessionNumber.value++, { flush: 'sync' })
  // ログイン: the form's CSRF token, and the mail with the one-time password while one is pending.
  const loginCsrfToken = ref('')
  /** The practice account's hint, as the server gave it with the login form. */
  const loginPractice = ref<PracticeAccount | null>(null)
  const otpNotice = ref<OtpMailNotice | null>(null)
  /** A single sign-on just logged this browser in and said who: the next screen need not ask. */
  const confirmation = actionConfirmation()
  /** Set when the server ended the session after a long idle; the login screen says so. */
  const ended = sessionEnd()

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
  }

  /** The server ended the session after a long idle, on `path` (a screen of this site) or none. */
  function sessionLapsed(path?: string) {
    signedOut()
    ended.lapse(path)
  }

  async function refreshSession(): Promise<boolean | undefined> {
    try {
      signedIn(await api.session())
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
    await api.logout(csrfToken.value)
    signedOut()
  }

  async function loadLoginForm() {
    const form = await api.loginForm()
    loginCsrfToken.value = form.csrfToken
    loginPractice.value = form.practice
  }

  /** The location to go to once signed in, or null when a one-time password was mailed first. */
  async function login(email: string, password: string): Promise<string | null> {
    const body = await api.login(email, password, loginCsrfToken.value)
    if ('otp' in body) {
      otpNotice.value = body.otp
      return null
    }
    otpNotice.value = null
    return body.location
  }

  async function verifyOtp(code: string): Promise<string> {
    const { location } = await api.verifyOtp(code, loginCsrfToken.value)
    otpNotice.value = null
    return location
  }

  /** The pending code ended on the server (expired, or the account locked): its mail goes too. */
  function dropOtp() {
    otpNotice.value = null
  }

  const initiate = async (iss: string, targetLinkUri: string) =>
    (await api.initiate(iss, targetLinkUri)).location
  const callback = async (response: AuthCallbackRequest) =>
    confirmation.locationOf(await api.callback(response), signedIn)
  const linkTransaction = () => api.linkTransaction()
  const authenticateLink = async (email: string, password: string, linkCsrfToken: string) =>
    (await api.authenticateLink(email, password, linkCsrfToken)).location

  function $reset() {
    confirmation.clear()
    session.value = 'unknown'
    displayName.value = ''
    csrfToken.value = ''
    loginCsrfToken.value = ''
    loginPractice.value = null
    otpNotice.value = null
  }

  return {
    session,
    displayName,
    csrfToken,
    sessionNumber,
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
    initiate,
    callback,
    linkTransaction,
    authenticateLink,
    $reset,
  }
})
