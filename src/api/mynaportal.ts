import { MYNAPORTAL_ENDPOINTS as MYNA } from '@/contracts/mynaportalEndpoints'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { call } from './call'

/** Mynaportal's endpoints, as the browser calls them. */
export const mynaportalApi = {
  session: () => call(MYNAPORTAL_API, MYNA.session),
  cards: () => call(MYNAPORTAL_API, MYNA.cards),
  login: (cardId: string, pin: string) =>
    call(MYNAPORTAL_API, MYNA.login, { body: { cardId, pin } }),
  logout: (csrfToken: string) => call(MYNAPORTAL_API, MYNA.logout, { body: { csrfToken } }),
  connections: () => call(MYNAPORTAL_API, MYNA.connections),
  startConnection: (siteId: string, csrfToken: string) =>
    call(MYNAPORTAL_API, MYNA.startConnection, { params: { siteId }, body: { csrfToken } }),
  useConnection: (siteId: string, csrfToken: string) =>
    call(MYNAPORTAL_API, MYNA.useConnection, { params: { siteId }, body: { csrfToken } }),
  stopConnection: (siteId: string, csrfToken: string) =>
    call(MYNAPORTAL_API, MYNA.stopConnection, { params: { siteId }, body: { csrfToken } }),
  /** Forwards the authorization request exactly as the front channel delivered it. */
  authorize: (search: string) => call(MYNAPORTAL_API, MYNA.authorize, { query: search }),
  pendingAuthorization: () => call(MYNAPORTAL_API, MYNA.pendingAuthorization),
  decide: (requestId: string, decision: 'allow' | 'deny', csrfToken: string) =>
    call(MYNAPORTAL_API, MYNA.decide, { body: { requestId, decision, csrfToken } }),
  completeConnection: (ticket: string, csrfToken: string) =>
    call(MYNAPORTAL_API, MYNA.completeConnection, { body: { ticket, csrfToken } }),
  lastCompletion: () => call(MYNAPORTAL_API, MYNA.lastCompletion),
}
