/**
 * Hello Work as the Relying Party: starting a code flow and receiving its answer.
 * 1. POST /auth/initiate  third-party-initiated login (OIDC Core §4): Mynaportal sent the browser
 *                         here with iss and target_link_uri. Opens a transaction (random id,
 *                         state, nonce, PKCE verifier, purpose from a fixed table, 10 minutes on
 *                         the simulated clock) bound to this browser by a cookie, and sends the
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
import {
  HELLOWORK_ORIGIN,
  HELLOWORK_REDIRECT_URI,
  MYNAPORTAL_ISSUER,
  MYNAPORTAL_ORIGIN,
} from '@/contracts/sites'
import { now } from '../../shared/clock'
import { writeCookie } from '../../shared/cookies'
import { refuse } from '../../shared/refusal'
import { constantTimeEqual, pkceChallenge, randomToken } from '../../shared/secrets'
import { helloworkDb, TRANSACTION_COOKIE, type AuthTransaction, type HwData } from '../db'
import { activeLinkOfSubject } from '../links'
import {
  browserTransactionIds,
  browserTransactions,
  defineEndpoint,
  isLive,
  startSession,
} from '../server'
import { exchangeCode } from './codeExchange'
import { HELLOWORK_BODIES } from '../requests'

export const TRANSACTION_LIFETIME_MS = 10 * 60_000
const TRANSACTIONS_PER_BROWSER = 3

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

/** Opens a transaction and answers with Mynaportal's authorization URL for it. */
export async function openTransaction(
  request: Request,
  purpose: AuthPurpose,
  prompt: 'consent' | 'none',
): Promise<string> {
  const tx: AuthTransaction = {
    id: randomToken(16),
    purpose,
    state: randomToken(),
    nonce: randomToken(),
    codeVerifier: randomToken(48),
    csrfToken: randomToken(),
    createdAt: now(),
    expiresAt: now() + TRANSACTION_LIFETIME_MS,
    stage: 'authorizing',
  }
  const challenge = await pkceChallenge(tx.codeVerifier)
  await helloworkDb.update((data) => {
    data.transactions = data.transactions.filter((t) => isLive(t) || t.completedLocation)
    data.transactions.push(tx)
    const kept = [...browserTransactionIds(request), tx.id].slice(-TRANSACTIONS_PER_BROWSER)
    writeCookie(request, TRANSACTION_COOKIE, kept.join(' '))
  })
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: (helloworkDb.read() as HwData).client.id,
    redirect_uri: HELLOWORK_REDIRECT_URI,
    scope: 'openid',
    state: tx.state,
    nonce: tx.nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    prompt,
  })
  return `${MYNAPORTAL_ORIGIN}/authorize?${query}`
}

async function consume(txId: string): Promise<void> {
  await helloworkDb.update((data) => {
    const tx = data.transactions.find((t) => t.id === txId)
    if (tx) tx.stage = 'consumed'
  })
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
        await consume(tx.id)
        return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
      }

      const error = body.error
      if (error) {
        note({ error })
        await consume(tx.id)
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
        await consume(tx.id)
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
