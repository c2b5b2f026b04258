/**
 * The browser's side of the protocol, without screens: each helper does what one screen does
 * (the same request, following the same `location`), so contract tests can reach any step. The
 * walk itself is the simulator's (mocks/simulator/browserSide.ts), sent through the page's fetch.
 */
import type { ApiErrorBody } from '@/contracts/errors'
import {
  HELLOWORK_API,
  HELLOWORK_CLIENT_ID,
  HELLOWORK_REDIRECT_URI,
  MYNAPORTAL_API,
  SIMULATOR_API,
  type SiteKey,
} from '@/contracts/sites'
import type { ScenarioName } from '@/contracts/simulator'
import { PERSONA } from '@mocks/scenarios'
import { pkceChallenge, randomToken } from '@mocks/shared/secrets'
import { browserSide, locationOf, type Answer } from '@mocks/simulator/browserSide'

export { locationOf, type Answer }

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

/** As a page without the simulator's screen tags: the screen a request stands for is not sent. */
const browser = browserSide((_screen, url, body) => call(url, { body }))

export function errorCode(answer: Answer): string | undefined {
  return (answer.body as ApiErrorBody | null)?.error?.code
}

export async function loadScenario(name: ScenarioName): Promise<void> {
  const answer = await call(`${SIMULATOR_API}/scenario`, { body: { name } })
  if (answer.status !== 200) throw new Error(`scenario ${name}: ${answer.status}`)
}

export function mynaLogin(cardId = 'card-ashita', pin: string = PERSONA.pin): Promise<string> {
  return browser.mynaLogin(cardId, pin)
}

/** ② つなぐ → Hello Work initiation → Mynaportal authorize: ends on 同意確認. */
export async function startLink(csrfToken: string): Promise<URL> {
  return authorize(await initiate(await pressConnect(csrfToken)))
}

/** ③ 同意 (or 同意しない): returns the authorization response URL sent to Hello Work. */
export function decide(decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  return browser.decide(decision)
}

/** The callback screen: forwards the authorization response to Hello Work. */
export function callback(response: URL): Promise<Answer> {
  return browser.callback(response)
}

/** ④ マイページ属性連携認証: returns the answer (a redirect to つながり完了 on success). */
export function authenticateLink(
  email: string = PERSONA.email,
  password: string = PERSONA.password,
): Promise<Answer> {
  return browser.authenticateLink(email, password)
}

/** ⑤ つながり完了: redeems the ticket in the completion URL. */
export function complete(completion: URL, csrfToken: string): Promise<Answer> {
  return browser.complete(completion, csrfToken)
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

// Finer steps, for the contract tests in tests/mocks to stop anywhere in a flow.

/** Seeds both servers' data, as the first request of a fresh browser would. */
export async function seedServers(): Promise<void> {
  const answer = await call(`${SIMULATOR_API}/state`)
  if (answer.status !== 200) throw new Error(`state: ${answer.status}`)
}

/** The session's CSRF token, as a signed-in Mynaportal screen reads it. */
export async function mynaCsrf(): Promise<string> {
  const answer = await call<{ csrfToken: string }>(`${MYNAPORTAL_API}/session`)
  if (answer.status !== 200) throw new Error(`myna session: ${answer.status}`)
  return answer.body.csrfToken
}

/** The Hello Work session's CSRF token, as a signed-in MyPage screen reads it. */
export async function hwCsrf(): Promise<string> {
  const answer = await call<{ csrfToken: string }>(`${HELLOWORK_API}/session`)
  if (answer.status !== 200) throw new Error(`hellowork session: ${answer.status}`)
  return answer.body.csrfToken
}

/** The CSRF token of the ④ transaction this browser holds, as the 属性連携認証 screen reads it. */
export async function linkCsrf(): Promise<string> {
  const answer = await call<{ csrfToken: string }>(`${HELLOWORK_API}/link/transaction`)
  if (answer.status !== 200) throw new Error(`link transaction: ${answer.status}`)
  return answer.body.csrfToken
}

/** ④ with a CSRF token the screen read earlier (a double click, a second tab, the back button). */
export function submitLink(
  csrfToken: string,
  email: string = PERSONA.email,
  password: string = PERSONA.password,
): Promise<Answer> {
  return call(`${HELLOWORK_API}/link/authenticate`, { body: { email, password, csrfToken } })
}

/** Hello Work's initiation screen: forwards Mynaportal's iss and target_link_uri. */
export function initiate(initiation: URL): Promise<URL> {
  return browser.initiate(initiation)
}

/** The authorization screen: forwards Hello Work's request to Mynaportal's /authorize. */
export function authorize(authorizeUrl: URL): Promise<URL> {
  return browser.authorize(authorizeUrl)
}

/** ② つなぐ only: Mynaportal's answer, the Hello Work initiation URL. */
export function pressConnect(csrfToken: string): Promise<URL> {
  return browser.pressSiteButton('start', csrfToken, 'myna-connections')
}

/** 利用する → initiation → authorize (prompt=none): returns the authorization response URL. */
export async function startSso(csrfToken: string): Promise<URL> {
  return authorize(
    await initiate(await browser.pressSiteButton('use', csrfToken, 'myna-connections')),
  )
}

/** Steps ①–③ and the callback: this browser holds a transaction waiting for ④. */
export async function reachStepFour(): Promise<{ csrfToken: string }> {
  const csrfToken = await mynaLogin()
  await startLink(csrfToken)
  const next = locationOf(await callback(await decide('allow')))
  if (next.pathname !== '/link/authenticate') throw new Error(`callback went to ${next.href}`)
  return { csrfToken }
}

/** Steps ①–④: returns ⑤'s URL (with the one-time ticket) and Mynaportal's CSRF token. */
export async function reachStepFive(): Promise<{ csrfToken: string; completion: URL }> {
  const { csrfToken } = await reachStepFour()
  return { csrfToken, completion: locationOf(await authenticateLink()) }
}

/** The simulated clock, moved forward as a trainer would from the launcher. */
export async function advanceClock(minutes: number): Promise<void> {
  const answer = await call(`${SIMULATOR_API}/clock`, { body: { advanceMinutes: minutes } })
  if (answer.status !== 200) throw new Error(`clock: ${answer.status}`)
}

/** Makes one server fail from now on (mode 'none' heals it), for every endpoint or the listed ones. */
export async function injectFault(
  site: SiteKey,
  mode: 'none' | 'error' | 'timeout' | 'maintenance',
  endpoints: string[] = [],
  latencyMs = 0,
): Promise<void> {
  const answer = await call(`${SIMULATOR_API}/faults`, {
    body: { site, setting: { mode, endpoints, latencyMs } },
  })
  if (answer.status !== 200) throw new Error(`faults: ${answer.status}`)
}

export interface ClientRequest {
  /** The query string for Mynaportal's /authorize, starting with '?'. */
  search: string
  verifier: string
  state: string
  nonce: string
}

/**
 * An authorization request built the way Hello Work builds one (its own PKCE pair, state and
 * nonce), so a test can play the client against Mynaportal alone. `overrides` replaces or, with
 * null, removes parameters.
 */
export async function clientRequest(
  overrides: Record<string, string | null> = {},
): Promise<ClientRequest> {
  const verifier = randomToken(48)
  const state = randomToken()
  const nonce = randomToken()
  const params: Record<string, string | null> = {
    response_type: 'code',
    client_id: HELLOWORK_CLIENT_ID,
    redirect_uri: HELLOWORK_REDIRECT_URI,
    scope: 'openid',
    state,
    nonce,
    code_challenge: await pkceChallenge(verifier),
    code_challenge_method: 'S256',
    prompt: 'consent',
    ...overrides,
  }
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value !== null) query.set(name, value)
  return { search: `?${query}`, verifier, state, nonce }
}

/** Hello Work's ログイン screen: reads the form's CSRF token, as the screen does on opening. */
export async function hwLoginCsrf(): Promise<string> {
  const answer = await call<{ csrfToken: string }>(`${HELLOWORK_API}/login`)
  if (answer.status !== 200) throw new Error(`hellowork login form: ${answer.status}`)
  return answer.body.csrfToken
}

/** ログイン with e-mail + password (the practice account by default): Hello Work's answer. */
export async function hwPasswordLogin(
  email: string = PERSONA.email,
  password: string = PERSONA.password,
): Promise<Answer> {
  return call(`${HELLOWORK_API}/login`, {
    body: { email, password, csrfToken: await hwLoginCsrf() },
  })
}
