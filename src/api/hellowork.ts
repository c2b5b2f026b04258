import type { AuthCallbackRequest, JobListName } from '@/contracts/hellowork'
import { HELLOWORK_ENDPOINTS as HW } from '@/contracts/helloworkEndpoints'
import { HELLOWORK_API } from '@/contracts/sites'
import { call } from './call'

/** Hello Work's endpoints, as the browser calls them. */
export const helloworkApi = {
  initiate: (iss: string, targetLinkUri: string) =>
    call(HELLOWORK_API, HW.initiate, { body: { iss, target_link_uri: targetLinkUri } }),
  callback: (response: AuthCallbackRequest) => call(HELLOWORK_API, HW.callback, { body: response }),
  linkTransaction: () => call(HELLOWORK_API, HW.linkTransaction),
  authenticateLink: (email: string, password: string, csrfToken: string) =>
    call(HELLOWORK_API, HW.authenticateLink, { body: { email, password, csrfToken } }),
  loginForm: () => call(HELLOWORK_API, HW.loginForm),
  login: (email: string, password: string, csrfToken: string) =>
    call(HELLOWORK_API, HW.login, { body: { email, password, csrfToken } }),
  verifyOtp: (code: string, csrfToken: string) =>
    call(HELLOWORK_API, HW.verifyOtp, { body: { code, csrfToken } }),
  session: () => call(HELLOWORK_API, HW.session),
  logout: (csrfToken: string) => call(HELLOWORK_API, HW.logout, { body: { csrfToken } }),
  home: () => call(HELLOWORK_API, HW.home),
  searchJobs: (criteria: { keyword?: string; area?: string; list?: JobListName }) => {
    const query = new URLSearchParams(
      Object.entries(criteria).filter((entry): entry is [string, string] => Boolean(entry[1])),
    )
    return call(HELLOWORK_API, HW.searchJobs, { query: `?${query}` })
  },
  job: (jobNumber: string) => call(HELLOWORK_API, HW.job, { params: { jobNumber } }),
  apply: (jobNumber: string, csrfToken: string) =>
    call(HELLOWORK_API, HW.apply, { body: { jobNumber, csrfToken } }),
  applications: () => call(HELLOWORK_API, HW.applications),
  messages: () => call(HELLOWORK_API, HW.messages),
  message: (id: string) => call(HELLOWORK_API, HW.message, { params: { messageId: id } }),
  markMessageRead: (id: string, csrfToken: string) =>
    call(HELLOWORK_API, HW.markMessageRead, { params: { messageId: id }, body: { csrfToken } }),
  profile: () => call(HELLOWORK_API, HW.profile),
}
