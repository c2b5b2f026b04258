/**
 * Hello Work's sign-in transactions with Mynaportal: each holds the state, nonce and PKCE verifier
 * of one authorization request, lives 10 minutes on the simulated clock, and is bound to the
 * browser that started it by a cookie (at most three open per browser).
 */
import { HELLOWORK_REDIRECT_URI, MYNAPORTAL_ORIGIN } from '@/contracts/sites'
import type { AuthPurpose } from '@/contracts/hellowork'
import { now } from '../shared/clock'
import { writeCookie } from '../shared/cookies'
import { pkceChallenge, randomToken } from '../shared/secrets'
import { helloworkDb, TRANSACTION_COOKIE, type AuthTransaction, type HwData } from './db'
import { browserTransactionIds, isLive } from './server'

export const TRANSACTION_LIFETIME_MS = 10 * 60_000
const TRANSACTIONS_PER_BROWSER = 3

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

/** Ends a transaction: its state is never accepted again. */
export async function consumeTransaction(txId: string): Promise<void> {
  await helloworkDb.update((data) => {
    const tx = data.transactions.find((t) => t.id === txId)
    if (tx) tx.stage = 'consumed'
  })
}
