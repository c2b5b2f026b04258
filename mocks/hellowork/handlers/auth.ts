/**
 * Hello Work as the Relying Party: starting a code flow and receiving its answer.
 * 1. POST /auth/initiate  third-party-initiated login (OIDC Core §4): Mynaportal sent the browser
 *                         here with iss and target_link_uri. Opens a transaction
 *                         (../transactions.ts) for a purpose from a fixed table, and sends the
 *                         browser to Mynaportal's authorize endpoint.
 * 2. POST /auth/callback  the authorization response. state must match one of this browser's
 *                         open transactions and iss must be Mynaportal; the code and the
 *                         verifier are exchanged at Mynaportal's /token (./codeExchange.ts).
 *                         Nothing is linked here. link → 属性連携認証 (④); sso → a fresh session
 *                         for the linked account, or 属性連携不整合確認 when there is no link. A
 *                         sign-on Mynaportal could not give silently is refused with the reason.
 */
import { HttpResponse } from 'msw'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS, type AuthCallbackBody, type AuthPurpose } from '@/contracts/hellowork'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_ORIGIN, MYNAPORTAL_ISSUER, MYNAPORTAL_ORIGIN } from '@/contracts/sites'
import { refuse } from '../../shared/refusal'
import { constantTimeEqual } from '../../shared/secrets'
import { helloworkDb } from '../db'
import { activeLinkOfSubject } from '../links'
import { browserTransactions, defineEndpoint, isLive, startSession } from '../server'
import { consumeTransaction, openTransaction } from '../transactions'
import { exchangeCode } from './codeExchange'
import { HELLOWORK_BODIES } from '../requests'

const SIGN_ON_REFUSALS = {
  login_required: MESSAGES.loginRequired,
  consent_required: MESSAGES.consentRequired,
  interaction_required: MESSAGES.interactionRequired,
} as const

const NEXT = {
  link: `${HELLOWORK_ORIGIN}/link/authenticate`,
  mypage: `${HELLOWORK_ORIGIN}/mypage`,
  mismatch: `${HELLOWORK_ORIGIN}/link/mismatch`,
  top: `${HELLOWORK_ORIGIN}/`,
  mynaportalConnections: `${MYNAPORTAL_ORIGIN}/connections`,
} as const

function purposeOf(target: string): AuthPurpose | undefined {
  return (Object.keys(HELLOWORK_TARGETS) as AuthPurpose[]).find(
    (purpose) => HELLOWORK_TARGETS[purpose] === target,
  )
}

export const authHandlers = [
  defineEndpoint(
    'POST /auth/initiate',
    { event: 'auth.initiate', body: HELLOWORK_BODIES['POST /auth/initiate'] },
    async ({ request, note, readBody }) => {
      const body = await readBody()
      const purpose = purposeOf(body.target_link_uri)
      if (body.iss !== MYNAPORTAL_ISSUER || !purpose) {
        return refuse(400, 'invalid_request', MESSAGES.invalidRequest)
      }
      note({ purpose })
      const location = await openTransaction(
        request,
        purpose,
        purpose === 'link' ? 'consent' : 'none',
      )
      return HttpResponse.json<RedirectBody>({ location })
    },
  ),

  defineEndpoint(
    'POST /auth/callback',
    { event: 'auth.callback', body: HELLOWORK_BODIES['POST /auth/callback'] },
    async ({ request, note, readBody, serverFetch }) => {
      const body = await readBody()
      const data = helloworkDb.read()
      const state = body.state
      const tx = browserTransactions(request, data).find(
        (t) => t.stage === 'authorizing' && constantTimeEqual(t.state, state),
      )
      if (!tx) return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      note({ purpose: tx.purpose })
      if (!isLive(tx) || body.iss !== MYNAPORTAL_ISSUER) {
        await consumeTransaction(tx.id)
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }

      const error = body.error
      if (error) {
        note({ error })
        await consumeTransaction(tx.id)
        // Sign-on Mynaportal could not give without the person: say why, and where to go on.
        if (Object.hasOwn(SIGN_ON_REFUSALS, error)) {
          const code = error as keyof typeof SIGN_ON_REFUSALS
          return refuse(400, code, SIGN_ON_REFUSALS[code])
        }
        const location = error === 'access_denied' ? NEXT.mynaportalConnections : NEXT.top
        return HttpResponse.json<RedirectBody>({ location })
      }

      const exchanged = await exchangeCode(serverFetch, tx, body.code, data)
      if ('unreachable' in exchanged) {
        // The transaction stays open: 再試行 repeats the exchange with the same, still unused code.
        return refuse(502, 'upstream_error', MESSAGES.upstream('マイナポータル'))
      }
      if ('refused' in exchanged) {
        await consumeTransaction(tx.id)
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }

      const { claims, accessToken } = exchanged
      const answer = await helloworkDb.update((fresh): AuthCallbackBody => {
        const current = fresh.transactions.find((t) => t.id === tx.id)
        if (!current || current.stage !== 'authorizing') {
          return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
        }
        if (current.purpose === 'link') {
          Object.assign(current, {
            stage: 'authenticated',
            iss: claims.iss,
            sub: claims.sub,
            accessToken,
          })
          return { location: NEXT.link }
        }
        current.stage = 'consumed'
        const link = activeLinkOfSubject(fresh, claims.iss, claims.sub)
        const account = link && fresh.accounts.find((a) => a.id === link.accountId)
        if (!account) return { location: NEXT.mismatch }
        const session = startSession(request, fresh, account)
        return {
          location: NEXT.mypage,
          session: {
            account: { displayName: account.displayName },
            csrfToken: session.csrfToken,
          },
        }
      })
      note({ next: answer.location.replace(HELLOWORK_ORIGIN, '') })
      return HttpResponse.json<AuthCallbackBody>(answer)
    },
  ),
]
