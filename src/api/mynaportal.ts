import type { MynaportalEndpoints } from '@/contracts/mynaportalEndpoints'
import type { AppSignInMethod, LoginApprovalRequest } from '@/contracts/mynaSignIn'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { caller } from './call'
import type { ApiClient } from './http'

/** Mynaportal's endpoints, as the browser calls them through one app's client. */
export function mynaportalApi(client: ApiClient) {
  const myna = caller<MynaportalEndpoints>(client, MYNAPORTAL_API)
  return {
    session: () => myna('GET /session'),
    cards: () => myna('GET /login/cards'),
    login: (cardId: string, pin: string) => myna('POST /login', { body: { cardId, pin } }),
    logout: (csrfToken: string) => myna('POST /logout', { body: { csrfToken } }),
    connections: () => myna('GET /connections'),
    startConnection: (siteId: string, csrfToken: string) =>
      myna('POST /connections/:siteId/start', { params: { siteId }, body: { csrfToken } }),
    useConnection: (siteId: string, csrfToken: string) =>
      myna('POST /connections/:siteId/use', { params: { siteId }, body: { csrfToken } }),
    stopConnection: (siteId: string, csrfToken: string) =>
      myna('POST /connections/:siteId/stop', { params: { siteId }, body: { csrfToken } }),
    /** Forwards the authorization request exactly as the front channel delivered it. */
    authorize: (search: string) => myna('GET /authorize', { query: search }),
    pendingAuthorization: () => myna('GET /authorize/pending'),
    decide: (requestId: string, decision: 'allow' | 'deny', csrfToken: string) =>
      myna('POST /authorize/decision', { body: { requestId, decision, csrfToken } }),
    completeConnection: (ticket: string, csrfToken: string) =>
      myna('POST /connections/complete', { body: { ticket, csrfToken } }),
    lastCompletion: () => myna('GET /connections/complete'),
    /** Sign-in through the smartphone app: the browser's side… */
    issueLoginRequest: (method: AppSignInMethod, refresh = false) =>
      myna('POST /login/requests', { body: { method, ...(refresh ? { refresh } : {}) } }),
    currentLoginRequest: () => myna('GET /login/requests/current'),
    claimLoginRequest: () => myna('POST /login/requests/claim', { body: {} }),
    /** …and the app's. */
    readLoginRequest: (requestId: string) =>
      myna('POST /login/requests/:requestId/read', { params: { requestId }, body: {} }),
    approveLoginRequest: (requestId: string, body: LoginApprovalRequest) =>
      myna('POST /login/requests/:requestId/approve', { params: { requestId }, body }),
  }
}

export type MynaportalApi = ReturnType<typeof mynaportalApi>
