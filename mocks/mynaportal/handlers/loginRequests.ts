/**
 * Sign-in through the smartphone app: the PC (or the phone's own browser) asks for a one-time
 * login request; the app reads it (the 2次元コード, or handed over on the same phone) and
 * approves it, with the card's PIN and a touch of the card (the card's one three-strikes lock,
 * as at the card reader) or with the smartphone certificate's biometric check; the browser that
 * asked then takes the session, once. A new request from the same browser (a reload, コードを更新)
 * replaces its last one.
 */
import { HttpResponse } from 'msw'
import type { LoginApprovalBody, LoginClaimBody, LoginRequestBody } from '@/contracts/mynaSignIn'
import type { LoginRequestReadBody } from '@/contracts/mynaSignIn'
import { MESSAGES } from '@/contracts/errors'
import { now } from '../../shared/clock'
import { writeCookie } from '../../shared/cookies'
import { refuse } from '../../shared/refusal'
import { randomToken, sha256 } from '../../shared/secrets'
import { openSession } from '../cardSignIn'
import { mynaportalDb } from '../db'
import * as records from '../loginRequests'
import { MYNAPORTAL_BODIES } from '../requests'
import { defineEndpoint } from '../server'
import { continueAuthorization } from './authorizationRequest'
import { approveRequest } from './loginApproval'

const { LOGIN_REQUEST_COOKIE, LOGIN_REQUEST_LIFETIME_MS } = records

export const loginRequestHandlers = [
  defineEndpoint(
    'POST /login/requests',
    { event: 'login.request', body: MYNAPORTAL_BODIES['POST /login/requests'] },
    async ({ request, readBody }) => {
      const body = await readBody()
      const secret = randomToken()
      const browserHash = await sha256(secret)
      const previous = await records.browserRequest(request, mynaportalDb.read())
      const issued = await mynaportalDb.update((data) => {
        const replaced = records.requestsOf(data).find((r) => r.id === previous?.id)
        if (replaced && replaced.state !== 'used') replaced.state = 'replaced'
        records.pruneRequests(data)
        // The code-expired situation: the code first shown has lapsed; 「コードを更新」 is good.
        const lapsed = records.signInFaults(data).codeExpired && body.refresh !== true
        const issuedRequest = {
          id: randomToken(16),
          browserHash,
          method: body.method,
          createdAt: now(),
          expiresAt: lapsed ? now() : now() + LOGIN_REQUEST_LIFETIME_MS,
          state: 'waiting' as const,
        }
        records.requestsOf(data).push(issuedRequest)
        return issuedRequest
      })
      writeCookie(request, LOGIN_REQUEST_COOKIE, secret)
      return HttpResponse.json<LoginRequestBody>(records.bodyOf(issued))
    },
  ),

  defineEndpoint(
    'GET /login/requests/current',
    { event: 'login.request.read', auditSuccess: false },
    async ({ request }) => {
      const current = await records.browserRequest(request, mynaportalDb.read())
      if (!current) return refuse(404, 'not_found', MESSAGES.loginRequestUnknown)
      return HttpResponse.json<LoginRequestBody>(records.bodyOf(current))
    },
  ),

  defineEndpoint(
    'POST /login/requests/claim',
    { event: 'login.request.claim', body: MYNAPORTAL_BODIES['POST /login/requests/claim'] },
    async ({ request, note, readBody }) => {
      await readBody()
      const current = await records.browserRequest(request, mynaportalDb.read())
      const outcome = await mynaportalDb.update((data) => {
        const stored = records.requestsOf(data).find((r) => r.id === current?.id)
        const usable = records.requireUsable(stored)
        if (usable.state !== 'approved') {
          return refuse(409, 'login_request_pending', MESSAGES.loginRequestPending)
        }
        const user = data.users.find((u) => u.id === usable.userId)
        if (!user) return refuse(404, 'card_unknown', MESSAGES.cardUnknown)
        if (user.pinLocked) return refuse(423, 'pin_locked', MESSAGES.pinLocked)
        usable.state = 'used'
        return { session: openSession(request, data, user), user }
      })
      note({ userId: outcome.user.id })
      writeCookie(request, LOGIN_REQUEST_COOKIE, undefined)
      const location = outcome.session.pendingAuthorization
        ? await continueAuthorization(request, outcome.session.id)
        : undefined
      return HttpResponse.json<LoginClaimBody>({
        user: { displayName: outcome.user.displayName },
        csrfToken: outcome.session.csrfToken,
        ...(location ? { location } : {}),
      })
    },
  ),

  defineEndpoint(
    'POST /login/requests/:requestId/read',
    {
      event: 'login.request.scan',
      body: MYNAPORTAL_BODIES['POST /login/requests/:requestId/read'],
    },
    async ({ params, readBody }) => {
      await readBody()
      const phoneToken = randomToken()
      const phoneHash = await sha256(phoneToken)
      const read = await mynaportalDb.update((data) => {
        const stored = records.requestsOf(data).find((r) => r.id === params.requestId)
        const usable = records.requireUsable(stored)
        // One phone per code: a second phone reading it is refused.
        if (usable.phoneHash !== undefined) {
          return refuse(409, 'login_request_used', MESSAGES.loginRequestUsed)
        }
        usable.phoneHash = phoneHash
        usable.state = 'read'
        return records.bodyOf(usable)
      })
      return HttpResponse.json<LoginRequestReadBody>({
        phoneToken,
        method: read.method,
        remainingSeconds: read.remainingSeconds,
      })
    },
  ),

  defineEndpoint(
    'POST /login/requests/:requestId/approve',
    {
      event: 'login.request.approve',
      body: MYNAPORTAL_BODIES['POST /login/requests/:requestId/approve'],
    },
    async ({ params, note, readBody }) => {
      const body = await readBody()
      const approved = await approveRequest(params.requestId, body)
      note({ userId: approved.userId })
      return HttpResponse.json<LoginApprovalBody>({
        state: 'approved',
        holderName: approved.holderName,
      })
    },
  ),
]
