/**
 * The authorization endpoint and 同意確認 (step ③).
 * 1. GET  /authorize           Hello Work sent the browser here (code flow, PKCE S256, state,
 *                              nonce). The client and its redirect_uri are checked by exact
 *                              match; a bad one gets an error page, never a redirect. The
 *                              request is kept in the browser's session
 *                              (./authorizationRequest.ts), then:
 *                              not signed in → login (prompt=none: login_required back to
 *                              Hello Work); consent needed → 同意確認 (prompt=none:
 *                              consent_required); already connected (SSO) after 利用する in
 *                              this browser → a code straight back to Hello Work; without it,
 *                              同意確認 (prompt=none: interaction_required).
 * 2. GET  /authorize/pending   what 同意確認 shows
 * 3. POST /authorize/decision  同意 → a one-time code (60 s) bound to client, redirect_uri,
 *                              challenge, nonce, subject and session; 同意しない → access_denied.
 *                              Both answers carry `iss` (RFC 9207). A second click gets the
 *                              same answer while the code is unused.
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import type { AuthorizeBody, PendingAuthorizationBody } from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { now } from '../../shared/clock'
import { writeCookie } from '../../shared/cookies'
import { requireCsrf } from '../../shared/csrf'
import { refuse } from '../../shared/refusal'
import { randomToken, sha256 } from '../../shared/secrets'
import { mynaportalDb, SESSION_COOKIE } from '../db'
import { defineEndpoint, findSession, requireUser } from '../server'
import {
  authorizationResponse,
  CONSENT_URL,
  continueAuthorization,
  issueCode,
  parseAuthorizationRequest,
} from './authorizationRequest'
import { MYNAPORTAL_BODIES } from '../requests'

export const CONSENT_CLAIMS = ['ハローワーク用の利用者識別子（マイナンバーそのものではありません）']

export const authorizeHandlers = [
  defineEndpoint('GET /authorize', { event: 'authorize.request' }, async ({ request, note }) => {
    const url = new URL(request.url)
    const pending = parseAuthorizationRequest(url, mynaportalDb.read())
    note({ clientId: pending.clientId, prompt: pending.prompt || 'default' })
    const sessionId = await mynaportalDb.update((data) => {
      // A lapsed session is not reused: the request waits in a fresh one, for a new sign-in.
      let session = findSession(request, data)
      if (!session) {
        session = { id: randomToken(), userId: null, csrfToken: randomToken(), createdAt: now() }
        data.sessions.push(session)
        writeCookie(request, SESSION_COOKIE, session.id)
      }
      session.pendingAuthorization = pending
      return session.id
    })
    const location = await continueAuthorization(request, sessionId)
    if (location !== CONSENT_URL) return HttpResponse.json<AuthorizeBody>({ location })
    const { session, user } = requireUser(request, mynaportalDb.read())
    return HttpResponse.json<AuthorizeBody>({
      location,
      session: { user: { displayName: user.displayName }, csrfToken: session.csrfToken },
    })
  }),

  defineEndpoint(
    'GET /authorize/pending',
    { event: 'authorize.pending', auditSuccess: false },
    async ({ request }) => {
      const data = mynaportalDb.read()
      const { session } = requireUser(request, data)
      const pending = session.pendingAuthorization
      if (!pending || pending.decidedLocation) {
        return refuse(404, 'flow_invalid', MESSAGES.flowInvalid)
      }
      const client = data.clients.find((c) => c.id === pending.clientId)!
      return HttpResponse.json<PendingAuthorizationBody>({
        requestId: pending.id,
        clientName: client.name,
        claims: CONSENT_CLAIMS,
        csrfToken: session.csrfToken,
      })
    },
  ),

  defineEndpoint(
    'POST /authorize/decision',
    { event: 'authorize.decision', body: MYNAPORTAL_BODIES['POST /authorize/decision'] },
    async ({ request, note, readBody }) => {
      const body = await readBody()
      const decision = body.decision
      const code = randomToken()
      const codeHash = await sha256(code)
      const location = await mynaportalDb.update((data) => {
        const { session, user } = requireUser(request, data)
        requireCsrf(session.csrfToken, body.csrfToken)
        const pending = session.pendingAuthorization
        if (!pending || pending.id !== body.requestId) {
          return refuse(404, 'flow_invalid', MESSAGES.flowInvalid)
        }
        // Input last, after session, CSRF and existence (mocks/README.md).
        if (decision !== 'allow' && decision !== 'deny') {
          return refuse(400, 'invalid_request', MESSAGES.invalidRequest)
        }
        note({ decision })
        if (pending.decidedLocation) return pending.decidedLocation
        if (decision === 'deny') {
          pending.decidedLocation = authorizationResponse(pending, { error: 'access_denied' })
        } else {
          issueCode(data, session.id, user.id, pending, codeHash)
          pending.decidedLocation = authorizationResponse(pending, { code })
        }
        return pending.decidedLocation
      })
      return HttpResponse.json<RedirectBody>({ location })
    },
  ),
]
