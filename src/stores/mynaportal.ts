import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { MynaUserSummary, SimulatedCard } from '@/contracts/mynaportal'
import { isApiError } from '@/api/http'
import { useMynaportalApi } from '@/api/appClient'
import { actionConfirmation } from './actionConfirmation'
import { sessionEnd } from './sessionEnd'

export type SessionState = 'unknown' | 'signed-in' | 'signed-out'

/**
 * What the Mynaportal screens share about their server: who is signed in (with the CSRF token
 * every state-changing request carries) and the site this page last unlinked. Actions that move the browser
 * elsewhere resolve to the server's `location`; the view follows it (src/composables/useFrontChannel).
 */
export const useMynaportalStore = defineStore('mynaportal', () => {
  const api = useMynaportalApi()
  const session = ref<SessionState>('unknown')
  const user = ref<MynaUserSummary | null>(null)
  const csrfToken = ref('')
  /**
   * Changes with the CSRF token, which the server makes per session: at each sign-in, sign-out and
   * reset. The screens' cached data is kept under it, so no session sees another's.
   */
  const sessionNumber = ref(0)
  watch(csrfToken, () => sessionNumber.value++, { flush: 'sync' })
  /**
   * The site this page ended a connection with, so つながりの解除完了 says 解除しました only after
   * it did so; opened any other way (a reload, a typed address) it shows the state, not a success.
   */
  const lastStopped = ref<string | null>(null)

  /** The login or the unlink just accepted with this session: the next screen need not ask. */
  const confirmation = actionConfirmation()
  /** Set when the server ended the session after a long idle; the login screen says so. */
  const ended = sessionEnd()

  function signedIn(body: { user: MynaUserSummary; csrfToken: string }) {
    session.value = 'signed-in'
    user.value = body.user
    csrfToken.value = body.csrfToken
  }

  function signedOut() {
    confirmation.clear()
    session.value = 'signed-out'
    user.value = null
    csrfToken.value = ''
    lastStopped.value = null
  }

  /** The server ended the session after a long idle, on `path` (a screen of this site) or none. */
  function sessionLapsed(path?: string) {
    signedOut()
    ended.lapse(path)
  }

  /** Asks the server; a server failure leaves the state unknown so the screen can show it. */
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

  /** The cards the simulated reader offers; only the login form needs them, so none are kept. */
  const cards = async (): Promise<SimulatedCard[]> => (await api.cards()).cards

  async function login(cardId: string, pin: string): Promise<string | undefined> {
    const body = await api.login(cardId, pin)
    signedIn(body)
    confirmation.confirm()
    return body.location
  }

  /** The session the smartphone app's approval opened for this browser. */
  async function claimLogin(): Promise<string | undefined> {
    const body = await api.claimLoginRequest()
    signedIn(body)
    confirmation.confirm()
    return body.location
  }

  async function logout() {
    await api.logout(csrfToken.value)
    signedOut()
  }

  /** The connection list; each screen that shows it asks again on every visit. */
  const connections = () => api.connections()

  const startConnection = async (siteId: string) =>
    (await api.startConnection(siteId, csrfToken.value)).location
  const useConnection = async (siteId: string) =>
    (await api.useConnection(siteId, csrfToken.value)).location
  async function stopConnection(siteId: string) {
    const { site } = await api.stopConnection(siteId, csrfToken.value)
    lastStopped.value = siteId
    confirmation.confirm()
    return site
  }
  const authorize = async (search: string) =>
    confirmation.locationOf(await api.authorize(search), signedIn)
  const pendingAuthorization = () => api.pendingAuthorization()
  const decide = async (requestId: string, decision: 'allow' | 'deny') =>
    (await api.decide(requestId, decision, csrfToken.value)).location
  const completeConnection = async (ticket: string) =>
    (await api.completeConnection(ticket, csrfToken.value)).site
  const lastCompletion = async () => (await api.lastCompletion()).site

  function $reset() {
    confirmation.clear()
    session.value = 'unknown'
    user.value = null
    csrfToken.value = ''
    lastStopped.value = null
  }

  return {
    session,
    user,
    csrfToken,
    sessionNumber,
    lastStopped,
    refreshSession,
    takeActionConfirmation: confirmation.take,
    sessionExpired: ended.expired,
    sessionLapsed,
    takeResume: ended.take,
    cards,
    login,
    claimLogin,
    logout,
    connections,
    startConnection,
    useConnection,
    stopConnection,
    authorize,
    pendingAuthorization,
    decide,
    completeConnection,
    lastCompletion,
    $reset,
  }
})
