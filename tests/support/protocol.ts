/**
 * The browser's side of the protocol, without screens: each helper does what one screen does
 * (the same request, following the same `location`), so contract tests can reach any step.
 */
import type { ApiErrorBody } from '@/contracts/errors'
import type { RedirectBody } from '@/contracts/navigation'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import type { ScenarioName } from '@/contracts/simulator'
import { PERSONA } from '@mocks/scenarios'

export interface Answer<T = unknown> {
  status: number
  body: T
}

export async function call<T = unknown>(
  url: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; bearer?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {}
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.bearer) headers.authorization = `Bearer ${init.bearer}`
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
}

export function errorCode(answer: Answer): string | undefined {
  return (answer.body as ApiErrorBody | null)?.error?.code
}

export function locationOf(answer: Answer): URL {
  if (answer.status !== 200)
    throw new Error(`expected a redirect, got ${answer.status} ${JSON.stringify(answer.body)}`)
  return new URL((answer.body as RedirectBody).location)
}

export async function loadScenario(name: ScenarioName): Promise<void> {
  const answer = await call(`${SIMULATOR_API}/scenario`, { body: { name } })
  if (answer.status !== 200) throw new Error(`scenario ${name}: ${answer.status}`)
}

export async function mynaLogin(
  cardId = 'card-ashita',
  pin: string = PERSONA.pin,
): Promise<string> {
  const answer = await call<{ csrfToken: string }>(`${MYNAPORTAL_API}/login`, {
    body: { cardId, pin },
  })
  if (answer.status !== 200)
    throw new Error(`login: ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body.csrfToken
}

/** ② つなぐ → Hello Work initiation → Mynaportal authorize: ends on 同意確認. */
export async function startLink(csrfToken: string): Promise<URL> {
  const initiation = locationOf(
    await call(`${MYNAPORTAL_API}/connections/hellowork/start`, { body: { csrfToken } }),
  )
  const authorize = locationOf(
    await call(`${HELLOWORK_API}/auth/initiate`, {
      body: Object.fromEntries(initiation.searchParams),
    }),
  )
  return locationOf(await call(`${MYNAPORTAL_API}/authorize${authorize.search}`))
}

/** ③ 同意 (or 同意しない): returns the authorization response URL sent to Hello Work. */
export async function decide(decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const pending = await call<{ requestId: string; csrfToken: string }>(
    `${MYNAPORTAL_API}/authorize/pending`,
  )
  if (pending.status !== 200) throw new Error(`pending: ${pending.status}`)
  return locationOf(
    await call(`${MYNAPORTAL_API}/authorize/decision`, {
      body: { decision, requestId: pending.body.requestId, csrfToken: pending.body.csrfToken },
    }),
  )
}

/** The callback screen: forwards the authorization response to Hello Work. */
export function callback(response: URL): Promise<Answer> {
  return call(`${HELLOWORK_API}/auth/callback`, { body: Object.fromEntries(response.searchParams) })
}

/** ④ マイページ属性連携認証: returns the answer (a redirect to つながり完了 on success). */
export async function authenticateLink(
  email: string = PERSONA.email,
  password: string = PERSONA.password,
): Promise<Answer> {
  const tx = await call<{ csrfToken: string }>(`${HELLOWORK_API}/link/transaction`)
  if (tx.status !== 200) return tx
  return call(`${HELLOWORK_API}/link/authenticate`, {
    body: { email, password, csrfToken: tx.body.csrfToken },
  })
}

/** ⑤ つながり完了: redeems the ticket in the completion URL. */
export async function complete(completion: URL, csrfToken: string): Promise<Answer> {
  return call(`${MYNAPORTAL_API}/connections/complete`, {
    body: { ticket: completion.searchParams.get('ticket') ?? '', csrfToken },
  })
}

/** Steps ①–⑤ in one go, for tests that need a linked pair made through the protocol. */
export async function linkThroughProtocol(): Promise<{ csrfToken: string }> {
  const csrfToken = await mynaLogin()
  await startLink(csrfToken)
  locationOf(await callback(await decide('allow')))
  const completion = locationOf(await authenticateLink())
  const done = await complete(completion, csrfToken)
  if (done.status !== 200) throw new Error(`complete: ${done.status}`)
  return { csrfToken }
}
