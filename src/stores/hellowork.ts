import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AuthCallbackRequest, MypageHomeBody } from '@/contracts/hellowork'
import { isApiError } from '@/api/http'
import { helloworkApi } from '@/api/hellowork'
import type { SessionState } from './mynaportal'

/** What the Hello Work screens know of their server: the signed-in account and the MyPage home. */
export const useHelloworkStore = defineStore('hellowork', () => {
  const session = ref<SessionState>('unknown')
  const displayName = ref('')
  const csrfToken = ref('')
  const home = ref<MypageHomeBody | null>(null)

  function signedOut() {
    session.value = 'signed-out'
    displayName.value = ''
    csrfToken.value = ''
    home.value = null
  }

  async function refreshSession(): Promise<boolean | undefined> {
    try {
      const body = await helloworkApi.session()
      session.value = 'signed-in'
      displayName.value = body.account.displayName
      csrfToken.value = body.csrfToken
      return true
    } catch (error) {
      if (isApiError(error, 'unauthenticated')) {
        signedOut()
        return false
      }
      return undefined
    }
  }

  async function logout() {
    await helloworkApi.logout(csrfToken.value)
    signedOut()
  }

  async function loadHome() {
    home.value = await helloworkApi.home()
  }

  const initiate = async (iss: string, targetLinkUri: string) =>
    (await helloworkApi.initiate(iss, targetLinkUri)).location
  const callback = async (response: AuthCallbackRequest) =>
    (await helloworkApi.callback(response)).location
  const linkTransaction = () => helloworkApi.linkTransaction()
  const authenticateLink = async (email: string, password: string, linkCsrfToken: string) =>
    (await helloworkApi.authenticateLink(email, password, linkCsrfToken)).location

  function $reset() {
    session.value = 'unknown'
    displayName.value = ''
    csrfToken.value = ''
    home.value = null
  }

  return {
    session,
    displayName,
    csrfToken,
    home,
    refreshSession,
    logout,
    loadHome,
    initiate,
    callback,
    linkTransaction,
    authenticateLink,
    $reset,
  }
})
