import type {
  AuthCallbackRequest,
  HwSessionBody,
  LinkTransactionBody,
  MypageHomeBody,
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
    requestJson<RedirectBody>(`${HELLOWORK_API}/auth/callback`, { body: response }),
  linkTransaction: () => requestJson<LinkTransactionBody>(`${HELLOWORK_API}/link/transaction`),
  authenticateLink: (email: string, password: string, csrfToken: string) =>
    requestJson<RedirectBody>(`${HELLOWORK_API}/link/authenticate`, {
      body: { email, password, csrfToken },
    }),
  session: () => requestJson<HwSessionBody>(`${HELLOWORK_API}/session`),
  logout: (csrfToken: string) =>
    requestJson<void>(`${HELLOWORK_API}/logout`, { body: { csrfToken } }),
  home: () => requestJson<MypageHomeBody>(`${HELLOWORK_API}/mypage/home`),
}
