import type {
  ApplicationListBody,
  ApplicationSummary,
  AuthCallbackBody,
  AuthCallbackRequest,
  HwSessionBody,
  JobDetailBody,
  JobListName,
  JobSearchBody,
  LinkTransactionBody,
  LoginBody,
  LoginFormBody,
  MessageBody,
  MessageListBody,
  MessageReadBody,
  MypageHomeBody,
  ProfileBody,
} from '@/contracts/hellowork'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_API } from '@/contracts/sites'
import { requestJson } from './http'

/** Hello Work's endpoints, as the browser calls them. */
export const helloworkApi = {
  initiate: (iss: string, targetLinkUri: string) =>
    requestJson<RedirectBody>(`${HELLOWORK_API}/auth/initiate`, {
      body: { iss, target_link_uri: targetLinkUri },
    }),
  callback: (response: AuthCallbackRequest) =>
    requestJson<AuthCallbackBody>(`${HELLOWORK_API}/auth/callback`, { body: response }),
  linkTransaction: () => requestJson<LinkTransactionBody>(`${HELLOWORK_API}/link/transaction`),
  authenticateLink: (email: string, password: string, csrfToken: string) =>
    requestJson<RedirectBody>(`${HELLOWORK_API}/link/authenticate`, {
      body: { email, password, csrfToken },
    }),
  loginForm: () => requestJson<LoginFormBody>(`${HELLOWORK_API}/login`),
  login: (email: string, password: string, csrfToken: string) =>
    requestJson<LoginBody>(`${HELLOWORK_API}/login`, { body: { email, password, csrfToken } }),
  verifyOtp: (code: string, csrfToken: string) =>
    requestJson<RedirectBody>(`${HELLOWORK_API}/login/otp`, { body: { code, csrfToken } }),
  session: () => requestJson<HwSessionBody>(`${HELLOWORK_API}/session`),
  logout: (csrfToken: string) =>
    requestJson<void>(`${HELLOWORK_API}/logout`, { body: { csrfToken } }),
  home: () => requestJson<MypageHomeBody>(`${HELLOWORK_API}/mypage/home`),
  searchJobs: (criteria: { keyword?: string; area?: string; list?: JobListName }) => {
    const query = new URLSearchParams(
      Object.entries(criteria).filter((entry): entry is [string, string] => Boolean(entry[1])),
    )
    return requestJson<JobSearchBody>(`${HELLOWORK_API}/mypage/jobs?${query}`)
  },
  job: (jobNumber: string) =>
    requestJson<JobDetailBody>(`${HELLOWORK_API}/mypage/jobs/${encodeURIComponent(jobNumber)}`),
  apply: (jobNumber: string, csrfToken: string) =>
    requestJson<ApplicationSummary>(`${HELLOWORK_API}/mypage/applications`, {
      body: { jobNumber, csrfToken },
    }),
  applications: () => requestJson<ApplicationListBody>(`${HELLOWORK_API}/mypage/applications`),
  messages: () => requestJson<MessageListBody>(`${HELLOWORK_API}/mypage/messages`),
  message: (id: string) =>
    requestJson<MessageBody>(`${HELLOWORK_API}/mypage/messages/${encodeURIComponent(id)}`),
  markMessageRead: (id: string, csrfToken: string) =>
    requestJson<MessageReadBody>(
      `${HELLOWORK_API}/mypage/messages/${encodeURIComponent(id)}/read`,
      { body: { csrfToken } },
    ),
  profile: () => requestJson<ProfileBody>(`${HELLOWORK_API}/mypage/profile`),
}
