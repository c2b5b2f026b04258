/**
 * The sequence recorder (mocks/shared/recorder.ts) behind 「画面の裏側」: one entry per request
 * either server answered, with who sent it, and never a secret in clear.
 */
import { describe, expect, it } from 'vitest'
import { MASK, type SequenceBody, type SequenceEntry } from '@/contracts/sequence'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { HELLOWORK_API, SIMULATOR_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { clearSequence, sequenceDocument } from '@mocks/shared/recorder'
import { waitFor } from '../support/app'
import {
  authenticateLink,
  call,
  callback,
  complete,
  decide,
  injectFault,
  loadScenario,
  locationOf,
  mynaLogin,
  startLink,
} from '../support/protocol'

const read = async (after = 0, epoch = '') =>
  (await call<SequenceBody>(`${SIMULATOR_API}/sequence?after=${after}&epoch=${epoch}`)).body
const sequence = async (after = 0) => (await read(after, (await read()).epoch)).entries

const find = (entries: SequenceEntry[], endpoint: string, method = 'POST') => {
  const entry = entries.find((e) => e.endpoint === endpoint && e.method === method)
  if (!entry) throw new Error(`no ${method} ${endpoint} in the sequence`)
  return entry
}

/** つなぐ ①–⑤ through the protocol, keeping every secret the browser saw. */
async function linkKeepingSecrets() {
  const csrfToken = await mynaLogin()
  await startLink(csrfToken)
  const authorizationResponse = await decide('allow')
  locationOf(await callback(authorizationResponse))
  const completion = locationOf(await authenticateLink())
  await complete(completion, csrfToken)
  return {
    csrfToken,
    code: authorizationResponse.searchParams.get('code')!,
    state: authorizationResponse.searchParams.get('state')!,
    ticket: completion.searchParams.get('ticket')!,
    clientSecret: helloworkDb.read().client.secret,
  }
}

describe('the sequence recorder', () => {
  it('records the link in order, with the back channel between the two servers', async () => {
    await linkKeepingSecrets()
    const entries = await sequence()
    const byStart = [...entries].sort((a, b) => a.startedAt - b.startedAt)
    const names = byStart
      .filter((e) => e.method === 'POST' || e.endpoint === '/authorize')
      .map((e) => `${e.from}→${e.to} ${e.endpoint}`)

    expect(names).toEqual([
      'browser→mynaportal /login',
      'browser→mynaportal /connections/:siteId/start',
      'browser→hellowork /auth/initiate',
      'browser→mynaportal /authorize',
      'browser→mynaportal /authorize/decision',
      'browser→hellowork /auth/callback',
      'hellowork→mynaportal /token',
      'browser→hellowork /link/authenticate',
      'browser→mynaportal /connections/complete',
      'mynaportal→hellowork /link/tickets/redeem',
    ])
    expect(find(entries, '/jwks', 'GET').from).toBe('hellowork')
    expect(find(entries, '/userinfo', 'GET').from).toBe('hellowork')
  })

  it('masks codes, tokens, tickets, passwords, PINs and CSRF tokens', async () => {
    const secrets = await linkKeepingSecrets()
    const entries = await sequence()
    const recorded = JSON.stringify(entries)

    for (const secret of Object.values(secrets)) expect(recorded).not.toContain(secret)
    expect(recorded).not.toContain(PRACTICE_PERSONA.password)
    expect(find(entries, '/login').request.pin).toBe(MASK)
    expect(find(entries, '/link/authenticate').request).toMatchObject({
      email: PRACTICE_PERSONA.email,
      password: MASK,
      csrfToken: expect.stringMatching(/^●●●● #[\w-]{6}$/),
    })
  })

  it('gives one code the same fingerprint from 同意 to /token, so it can be followed', async () => {
    await linkKeepingSecrets()
    const entries = await sequence()
    const issued = /code=(●●●● #[\w-]{6})/.exec(
      find(entries, '/authorize/decision').response.location!,
    )

    expect(issued).not.toBeNull()
    expect(find(entries, '/auth/callback').request.code).toBe(issued![1])
    expect(find(entries, '/token').request.code).toBe(issued![1])
    expect(find(entries, '/token').request.code_verifier).toMatch(/^●●●● #/)
    expect(find(entries, '/token').response).toMatchObject({ token_type: 'Bearer' })
  })

  it('marks an injected failure with its status and code', async () => {
    await injectFault('hellowork', 'timeout', ['/auth/initiate'], 20)
    await startLink(await mynaLogin()).catch(() => undefined)
    const initiate = find(await sequence(), '/auth/initiate')

    expect(initiate).toMatchObject({
      status: 504,
      outcome: 'failure',
      code: 'timeout',
      injected: true,
      latencyMs: 20,
    })
  })

  it('answers only the newer entries after an id, and nothing after a clear', async () => {
    await mynaLogin()
    const first = await sequence()
    await call(`${HELLOWORK_API}/session`)

    const newer = await sequence(first.at(-1)!.id)
    expect(newer.map((e) => e.endpoint)).toEqual(['/session'])

    await call(`${SIMULATOR_API}/sequence/clear`, { body: {} })
    expect(await sequence()).toEqual([])
  })

  it('starts a new log on a reset, and answers all of it to a reader of the old one', async () => {
    await mynaLogin()
    const before = await read()
    await loadScenario('linked')
    await call(`${HELLOWORK_API}/session`)

    const after = await read(before.entries.at(-1)!.id, before.epoch)
    expect(after.epoch).not.toBe(before.epoch)
    expect(after.entries.map((e) => e.endpoint)).toEqual(['/session'])
  })

  it('writes the answers after the step, together, and first for whoever reads the log', async () => {
    await mynaLogin()
    const stored = () => sequenceDocument.load()?.entries.length ?? 0
    const before = (await sequence()).length
    expect(stored()).toBe(before)

    await call(`${HELLOWORK_API}/session`)
    await call(`${HELLOWORK_API}/session`)
    // Answered, not yet written: the step's requests are not slowed by the recorder.
    expect(stored()).toBe(before)

    const entries = await sequence()
    expect(entries.slice(before).map((e) => e.endpoint)).toEqual(['/session', '/session'])
    expect(stored()).toBe(before + 2)
  })

  it('writes them on its own a moment later, with nobody reading', async () => {
    await mynaLogin()
    const before = (await sequence()).length
    await call(`${HELLOWORK_API}/session`)

    await waitFor(() => expect(sequenceDocument.load()?.entries.length).toBe(before + 1))
  })

  it('drops an answer given before a clear that is written after it', async () => {
    await mynaLogin()
    await sequence()
    await call(`${HELLOWORK_API}/session`)
    clearSequence()

    expect(await sequence()).toEqual([])
  })

  it('starts a new log when the log went without its epoch, as when storage is cleared by hand', async () => {
    await mynaLogin()
    await sequence()
    localStorage.removeItem(sequenceDocument.key)
    await call(`${HELLOWORK_API}/session`)
    await sequence()

    await call(`${HELLOWORK_API}/session`)
    expect((await sequence()).map((e) => e.endpoint)).toEqual(['/session'])
  })
})
