/**
 * The browser's side of the protocol, without screens: each function sends what one screen sends
 * and reads the `location` it is answered with, as the screen follows it. The simulator walks a
 * flow with these to prepare a step; the tests reach any step of the protocol with the same ones.
 * Each caller brings its own `send`: the simulator's goes straight to the handlers and stops at
 * the first refusal, the tests' goes through the page's `fetch` and hands refusals back.
 */
import type { MynaLoginBody, PendingAuthorizationBody } from '@/contracts/mynaportal'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_API, HELLOWORK_SITE_ID, MYNAPORTAL_API } from '@/contracts/sites'

export interface Answer<T = unknown> {
  status: number
  body: T
}

/** One request as the named screen sends it: a GET without a body, a JSON POST with one. */
export type Send = <T>(screen: string, url: string, body?: unknown) => Promise<Answer<T>>

/** The answer's body, where the walk cannot go on without it. */
function accepted<T>(what: string, answer: Answer<T>): T {
  if (answer.status !== 200) {
    throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`)
  }
  return answer.body
}

/** Where a redirect answer sends the browser. */
export function locationOf(answer: Answer): URL {
  if (answer.status !== 200)
    throw new Error(`expected a redirect, got ${answer.status} ${JSON.stringify(answer.body)}`)
  return new URL((answer.body as RedirectBody).location)
}

const query = (url: URL) => Object.fromEntries(url.searchParams)

export function browserSide(send: Send) {
  return {
    /** ログイン with a card: the session's CSRF token. */
    async mynaLogin(cardId: string, pin: string): Promise<string> {
      const answer = await send<MynaLoginBody>('myna-login', `${MYNAPORTAL_API}/login`, {
        cardId,
        pin,
      })
      return accepted('login', answer).csrfToken
    },

    /** つなぐ ('start') or 利用する ('use') on Hello Work's row: Hello Work's initiation URL. */
    async pressSiteButton(button: 'start' | 'use', csrfToken: string, screen: string) {
      return locationOf(
        await send(screen, `${MYNAPORTAL_API}/connections/${HELLOWORK_SITE_ID}/${button}`, {
          csrfToken,
        }),
      )
    },

    /** Hello Work's initiation (its own screen, or 属性連携不整合確認): the authorization URL. */
    async initiate(initiation: URL, screen = 'hw-auth-initiate'): Promise<URL> {
      return locationOf(await send(screen, `${HELLOWORK_API}/auth/initiate`, query(initiation)))
    },

    /** The authorization screen: 同意確認, or at once Hello Work's callback (single sign-on). */
    async authorize(authorizeUrl: URL): Promise<URL> {
      return locationOf(
        await send('myna-authorize', `${MYNAPORTAL_API}/authorize${authorizeUrl.search}`),
      )
    },

    /** The callback screen: hands the authorization response to Hello Work. */
    callback(response: URL): Promise<Answer> {
      return send('hw-auth-callback', `${HELLOWORK_API}/auth/callback`, query(response))
    },

    /** 同意確認's 同意 (or 同意しない): the authorization response URL sent to Hello Work. */
    async decide(decision: 'allow' | 'deny'): Promise<URL> {
      const pending = accepted(
        'pending',
        await send<PendingAuthorizationBody>('myna-consent', `${MYNAPORTAL_API}/authorize/pending`),
      )
      return locationOf(
        await send('myna-consent', `${MYNAPORTAL_API}/authorize/decision`, {
          requestId: pending.requestId,
          decision,
          csrfToken: pending.csrfToken,
        }),
      )
    },

    /** マイページ属性連携認証's 同意: a redirect to つながり完了 when Hello Work accepts. */
    async authenticateLink(email: string, password: string): Promise<Answer> {
      const screen = 'hw-link-authenticate'
      const tx = await send<{ csrfToken: string }>(screen, `${HELLOWORK_API}/link/transaction`)
      if (tx.status !== 200) return tx
      return send(screen, `${HELLOWORK_API}/link/authenticate`, {
        email,
        password,
        csrfToken: tx.body.csrfToken,
      })
    },

    /** つながり完了 as it opens: redeems the ticket in its URL. */
    complete(completion: URL, csrfToken: string): Promise<Answer> {
      return send('myna-connection-complete', `${MYNAPORTAL_API}/connections/complete`, {
        ticket: completion.searchParams.get('ticket') ?? '',
        csrfToken,
      })
    },

    /** つながりの解除's 同意. */
    stopConnection(csrfToken: string): Promise<Answer> {
      return send('myna-disconnect', `${MYNAPORTAL_API}/connections/${HELLOWORK_SITE_ID}/stop`, {
        csrfToken,
      })
    },
  }
}

export type BrowserSide = ReturnType<typeof browserSide>
