/**
 * Sign-in with the simulated My Number Card.
 * 1. GET  /login/cards  the cards the simulated reader can "read" (practice PINs as hints)
 * 2. POST /login        card + 4-digit PIN; 3 wrong PINs in a row lock the card (a success resets
 *                       the count). A new session id every time. If the browser was in the
 *                       middle of an authorization request, the answer sends it back there.
 *                       Unlike Hello Work's lockout it tells which cards exist (404, and no PIN
 *                       work for them) on purpose: the practice cards are public, listed by step 1.
 * 3. GET  /session      who is signed in, with the CSRF token for state-changing requests
 * 4. POST /logout       ends the session and every code and token issued under it
 */
import { HttpResponse } from 'msw'
import type { CardListBody, MynaLoginBody, MynaSessionBody } from '@/contracts/mynaportal'
import { MESSAGES } from '@/contracts/errors'
import { pinErrors } from '@/contracts/validation'
import { writeCookie } from '../../shared/cookies'
import { requireCsrf } from '../../shared/csrf'
import { refuse, requireValid } from '../../shared/refusal'
import { verifySecret } from '../../shared/secrets'
import { countPinAttempt, openSession, refusePin } from '../cardSignIn'
import { mynaportalDb, SESSION_COOKIE } from '../db'
import { continueAuthorization } from './authorizationRequest'
import { defineEndpoint, destroySession, requireUser } from '../server'
import { MYNAPORTAL_BODIES } from '../requests'

export const sessionHandlers = [
  defineEndpoint(
    'GET /session',
    { event: 'session.read', auditSuccess: false },
    async ({ request }) => {
      const { session, user } = requireUser(request, mynaportalDb.read())
      return HttpResponse.json<MynaSessionBody>({
        user: { displayName: user.displayName },
        csrfToken: session.csrfToken,
      })
    },
  ),

  defineEndpoint('GET /login/cards', { event: 'cards.read', auditSuccess: false }, async () => {
    const cards = mynaportalDb.read().users.map((user) => ({
      id: user.cardId,
      holderName: user.cardHolderName,
      practicePin: user.practicePin,
    }))
    return HttpResponse.json<CardListBody>({ cards })
  }),

  defineEndpoint(
    'POST /login',
    { event: 'login', body: MYNAPORTAL_BODIES['POST /login'] },
    async ({ request, note, readBody }) => {
      const body = await readBody()
      const cardId = body.cardId
      const pin = body.pin
      requireValid(pinErrors(pin))
      const snapshot = mynaportalDb.read().users.find((user) => user.cardId === cardId)
      if (!snapshot) return refuse(404, 'card_unknown', MESSAGES.cardUnknown)
      note({ userId: snapshot.id })
      if (snapshot.pinLocked) return refuse(423, 'pin_locked', MESSAGES.pinLocked)

      const pinMatches = await verifySecret(pin, snapshot.pin)
      const outcome = await mynaportalDb.update((data) => {
        const user = data.users.find((u) => u.id === snapshot.id)!
        const pinOutcome = countPinAttempt(user, pinMatches)
        if (pinOutcome.kind !== 'ok') return pinOutcome
        return { kind: 'ok' as const, session: openSession(request, data, user), user }
      })

      if (outcome.kind !== 'ok') return refusePin(outcome)
      const location = outcome.session.pendingAuthorization
        ? await continueAuthorization(request, outcome.session.id)
        : undefined
      return HttpResponse.json<MynaLoginBody>({
        user: { displayName: outcome.user.displayName },
        csrfToken: outcome.session.csrfToken,
        ...(location ? { location } : {}),
      })
    },
  ),

  defineEndpoint(
    'POST /logout',
    { event: 'logout', body: MYNAPORTAL_BODIES['POST /logout'] },
    async ({ request, readBody }) => {
      const body = await readBody()
      await mynaportalDb.update((data) => {
        const { session } = requireUser(request, data)
        requireCsrf(session.csrfToken, body.csrfToken)
        destroySession(data, session.id)
      })
      writeCookie(request, SESSION_COOKIE, undefined)
      return new HttpResponse(null, { status: 204 })
    },
  ),
]
