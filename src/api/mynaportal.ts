import type {
  AuthorizeBody,
  CardListBody,
  ConnectionCompleteBody,
  ConnectionListBody,
  MynaLoginBody,
  MynaSessionBody,
  PendingAuthorizationBody,
} from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { requestJson } from './http'

/** Mynaportal's endpoints, as the browser calls them. */
export const mynaportalApi = {
  session: () => requestJson<MynaSessionBody>(`${MYNAPORTAL_API}/session`),
  cards: () => requestJson<CardListBody>(`${MYNAPORTAL_API}/login/cards`),
  login: (cardId: string, pin: string) =>
    requestJson<MynaLoginBody>(`${MYNAPORTAL_API}/login`, { body: { cardId, pin } }),
  logout: (csrfToken: string) =>
    requestJson<void>(`${MYNAPORTAL_API}/logout`, { body: { csrfToken } }),
  connections: () => requestJson<ConnectionListBody>(`${MYNAPORTAL_API}/connections`),
  startConnection: (siteId: string, csrfToken: string) =>
    requestJson<RedirectBody>(`${MYNAPORTAL_API}/connections/${encodeURIComponent(siteId)}/start`, {
      body: { csrfToken },
    }),
  useConnection: (siteId: string, csrfToken: string) =>
    requestJson<RedirectBody>(`${MYNAPORTAL_API}/connections/${encodeURIComponent(siteId)}/use`, {
      body: { csrfToken },
    }),
  stopConnection: (siteId: string, csrfToken: string) =>
    requestJson<ConnectionCompleteBody>(
      `${MYNAPORTAL_API}/connections/${encodeURIComponent(siteId)}/stop`,
      { body: { csrfToken } },
    ),
  /** Forwards the authorization request exactly as the front channel delivered it. */
  authorize: (search: string) => requestJson<AuthorizeBody>(`${MYNAPORTAL_API}/authorize${search}`),
  pendingAuthorization: () =>
    requestJson<PendingAuthorizationBody>(`${MYNAPORTAL_API}/authorize/pending`),
  decide: (requestId: string, decision: 'allow' | 'deny', csrfToken: string) =>
    requestJson<RedirectBody>(`${MYNAPORTAL_API}/authorize/decision`, {
      body: { requestId, decision, csrfToken },
    }),
  completeConnection: (ticket: string, csrfToken: string) =>
    requestJson<ConnectionCompleteBody>(`${MYNAPORTAL_API}/connections/complete`, {
      body: { ticket, csrfToken },
    }),
  lastCompletion: () =>
    requestJson<ConnectionCompleteBody>(`${MYNAPORTAL_API}/connections/complete`),
}
