import type { AuthCallbackRequest, JobListName } from '@/contracts/hellowork'
import type { HelloworkEndpoints } from '@/contracts/helloworkEndpoints'
import { HELLOWORK_API } from '@/contracts/sites'
import { caller } from './call'
import type { ApiClient } from './http'

/** Hello Work's endpoints, as the browser calls them through one app's client. */
export function helloworkApi(client: ApiClient) {
  const hw = caller<HelloworkEndpoints>(client, HELLOWORK_API)
  return {
    initiate: (iss: string, targetLinkUri: string) =>
      hw('POST /auth/initiate', { body: { iss, target_link_uri: targetLinkUri } }),
    callback: (response: AuthCallbackRequest) => hw('POST /auth/callback', { body: response }),
    linkTransaction: () => hw('GET /link/transaction'),
    authenticateLink: (email: string, password: string, csrfToken: string) =>
      hw('POST /link/authenticate', { body: { email, password, csrfToken } }),
    loginForm: () => hw('GET /login'),
    login: (email: string, password: string, csrfToken: string) =>
      hw('POST /login', { body: { email, password, csrfToken } }),
    verifyOtp: (code: string, csrfToken: string) =>
      hw('POST /login/otp', { body: { code, csrfToken } }),
    session: () => hw('GET /session'),
    logout: (csrfToken: string) => hw('POST /logout', { body: { csrfToken } }),
    home: () => hw('GET /mypage/home'),
    searchJobs: (criteria: { keyword?: string; area?: string; list?: JobListName }) => {
      const query = new URLSearchParams(
        Object.entries(criteria).filter((entry): entry is [string, string] => Boolean(entry[1])),
      )
      return hw('GET /mypage/jobs', { query: `?${query}` })
    },
    job: (jobNumber: string) => hw('GET /mypage/jobs/:jobNumber', { params: { jobNumber } }),
    apply: (jobNumber: string, csrfToken: string) =>
      hw('POST /mypage/applications', { body: { jobNumber, csrfToken } }),
    applications: () => hw('GET /mypage/applications'),
    messages: () => hw('GET /mypage/messages'),
    message: (id: string) => hw('GET /mypage/messages/:messageId', { params: { messageId: id } }),
    markMessageRead: (id: string, csrfToken: string) =>
      hw('POST /mypage/messages/:messageId/read', {
        params: { messageId: id },
        body: { csrfToken },
      }),
    profile: () => hw('GET /mypage/profile'),
  }
}

export type HelloworkApi = ReturnType<typeof helloworkApi>
