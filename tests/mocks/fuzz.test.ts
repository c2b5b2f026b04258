/**
 * Every endpoint of both servers and of the simulator's control surface, sent what a hostile
 * tester (or a damaged script) sends: bodies that are not objects, keys that name Object.prototype's
 * machinery, a megabyte string, numbers and objects where strings go, and hostile path and query
 * values. Each must answer a 4xx or its normal answer, in JSON, never a 500 or a thrown error, and
 * leave Object.prototype as it was. The list is read from the handlers, so a new endpoint is
 * covered without a word here.
 */
import type { HttpHandler } from 'msw'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import {
  HELLOWORK_API,
  HELLOWORK_ORIGIN,
  MYNAPORTAL_API,
  MYNAPORTAL_ORIGIN,
  SIMULATOR_API,
} from '@/contracts/sites'
import { createHandlers } from '@mocks/handlers'
import { currentScenario } from '@mocks/scenarios'
import { declaredEndpoints } from '@mocks/shared/endpoint'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { callback, hwCsrf, loadScenario, mynaLogin, startSso } from '../support/protocol'

interface Endpoint {
  method: 'GET' | 'POST'
  url: string
}

const ENDPOINTS: Endpoint[] = (createHandlers() as HttpHandler[]).map((handler) => ({
  method: String(handler.info.method) as Endpoint['method'],
  url: String(handler.info.path),
}))

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype']

// Every field name any endpoint reads, so each hostile value reaches the code that reads it.
const FIELDS = [
  ...['cardId', 'pin', 'email', 'password', 'code', 'ticket', 'idempotencyKey', 'iss', 'sub'],
  ...['target_link_uri', 'state', 'error', 'decision', 'requestId', 'jobNumber', 'grant_type'],
  ...['code_verifier', 'client_id', 'client_secret', 'redirect_uri', 'name', 'flow', 'step'],
  ...['scenario', 'persona', 'clock', 'faults', 'site', 'setting', 'mode', 'kind', 'userId'],
  ...['accountId', 'id', 'action', 'failedPinAttempts', 'pinLocked', 'connected', 'locked'],
  ...['failedLogins', 'registrationValid', 'otpRequired', 'setTo', 'advanceMinutes', 'frozen'],
  ...['displayName', 'officeName', 'now', 'latencyMs', 'endpoints', 'mynaportal', 'hellowork'],
  ...['method', 'refresh', 'phoneToken', 'biometric'],
]
const every = (value: unknown) => Object.fromEntries(FIELDS.map((name) => [name, value]))
const MEGABYTE = 'x'.repeat(1 << 20)

/** Hostile bodies; `csrf` ones carry the session's token so they get past the CSRF check. */
const BODIES: { name: string; text: (csrfToken: string) => string; type?: string }[] = [
  { name: 'null', text: () => 'null' },
  { name: 'an array', text: () => '[]' },
  { name: 'a string', text: () => '"x"' },
  { name: 'a number', text: () => '7' },
  { name: 'invalid JSON', text: () => '{"csrfToken":' },
  { name: 'nothing', text: () => '' },
  {
    name: '__proto__',
    text: () => '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
  },
  ...PROTOTYPE_NAMES.map((value) => ({
    name: `every field "${value}"`,
    text: (csrfToken: string) => JSON.stringify({ ...every(value), csrfToken }),
  })),
  {
    name: 'prototype names as keys',
    text: (csrfToken: string) =>
      `{"csrfToken":${JSON.stringify(csrfToken)},"faults":{"__proto__":{"mode":"error"}},` +
      `"persona":{"constructor":1},"setting":{"__proto__":{"mode":"error"}},"__proto__":[]}`,
  },
  {
    name: 'a 1 MB string in every field',
    text: (csrfToken: string) => JSON.stringify({ ...every(MEGABYTE), csrfToken }),
  },
  { name: 'numbers', text: () => JSON.stringify(every(1e308)) },
  { name: 'numbers (with CSRF)', text: (t) => JSON.stringify({ ...every(-1), csrfToken: t }) },
  { name: 'objects', text: (t) => JSON.stringify({ ...every({ a: [] }), csrfToken: t }) },
  { name: 'arrays', text: (t) => JSON.stringify({ ...every(['x']), csrfToken: t }) },
  { name: 'nulls', text: (t) => JSON.stringify({ ...every(null), csrfToken: t }) },
  { name: 'booleans', text: (t) => JSON.stringify({ ...every(true), csrfToken: t }) },
  {
    name: 'a form',
    text: () => '__proto__[polluted]=1&constructor=x&grant_type=constructor',
    type: 'application/x-www-form-urlencoded',
  },
]

const QUERY_NAMES = [
  ...['after', 'epoch', 'client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce'],
  ...['code_challenge', 'code_challenge_method', 'prompt', 'keyword', 'area', 'page', 'ticket'],
]
const PATH_VALUES = [...PROTOTYPE_NAMES, '%00', '..%2F..', 'x'.repeat(5000)]

function concrete(url: string, value: string): string {
  const path = url.replace(/\/:(\w+)/g, `/${value}`)
  const query = new URLSearchParams(QUERY_NAMES.map((name) => [name, value]))
  return `${path}?${query}&__proto__[polluted]=1&constructor=${value}`
}

/**
 * Signed in on both sites, linked: a hostile request that got through would reach deep code.
 * Reached once, then put back before every request (the servers keep all they know in storage).
 */
let signedInStorage: [string, string][] | undefined
let signedInTokens: Record<string, string> = {}

async function signedIn(): Promise<Record<string, string>> {
  if (!signedInStorage) {
    await loadScenario('linked')
    const myna = await mynaLogin()
    await callback(await startSso(myna))
    signedInTokens = { [MYNAPORTAL_API]: myna, [HELLOWORK_API]: await hwCsrf() }
    signedInStorage = Object.entries({ ...localStorage })
  }
  localStorage.clear()
  for (const [key, value] of signedInStorage) localStorage.setItem(key, value)
  return signedInTokens
}

const csrfFor = (tokens: Record<string, string>, url: string) =>
  Object.entries(tokens).find(([root]) => url.startsWith(root))?.[1] ?? ''

async function expectHeld(request: Request): Promise<void> {
  const description = `${request.method} ${request.url.slice(0, 120)}`
  const response = await fetch(request)
  const text = await response.text()
  // The request named in the failure: the answer's status and what it said.
  const held = 'a 4xx or the normal answer'
  const outcome = response.status < 500 ? held : `${response.status} ${text.slice(0, 300)}`
  expect(`${description}: ${outcome}`).toBe(`${description}: ${held}`)
  if (text) expect(() => JSON.parse(text)).not.toThrow()
  expect(`${description}: ${String(({} as Record<string, unknown>).polluted)}`).toBe(
    `${description}: undefined`,
  )
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_KEYS)
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype)

describe('every endpoint, sent hostile input', () => {
  afterEach(() => vi.restoreAllMocks())

  it('covers every endpoint both servers declare, and the control surface', () => {
    // By origin: an endpoint may sit outside the API root (discovery lives under the issuer).
    for (const [origin, site] of [
      [MYNAPORTAL_ORIGIN, 'mynaportal'],
      [HELLOWORK_ORIGIN, 'hellowork'],
    ] as const) {
      const seen = ENDPOINTS.filter((e) => e.url.startsWith(origin)).map((e) => e.url)
      const unserved = declaredEndpoints(site).filter((p) => !seen.some((u) => u.endsWith(p)))
      expect(unserved).toEqual([])
    }
    expect(ENDPOINTS.filter((e) => e.url.startsWith(SIMULATOR_API)).length).toBeGreaterThan(8)
  })

  it.each(ENDPOINTS.filter((e) => e.method === 'POST'))(
    'POST $url answers each hostile body with a 4xx or its normal answer',
    async ({ method, url }) => {
      const errors = vi.spyOn(console, 'error')
      for (const body of BODIES) {
        const tokens = await signedIn()
        await expectHeld(
          new Request(url.replace(/\/:(\w+)/g, '/hellowork'), {
            method,
            headers: {
              'content-type': body.type ?? 'application/json',
              authorization: `Bearer ${mynaportalDb.read().helloworkBackChannelToken}`,
            },
            body: body.text(csrfFor(tokens, url)),
          }),
        )
      }
      expect(errors).not.toHaveBeenCalled()
    },
    120_000,
  )

  it.each(ENDPOINTS)(
    '$method $url answers hostile path and query values with a 4xx or its normal answer',
    async ({ method, url }) => {
      const errors = vi.spyOn(console, 'error')
      const tokens = await signedIn()
      for (const value of PATH_VALUES) {
        await expectHeld(
          new Request(concrete(url, value), {
            method,
            ...(method === 'POST'
              ? {
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify({ csrfToken: csrfFor(tokens, url) }),
                }
              : {}),
          }),
        )
      }
      expect(errors).not.toHaveBeenCalled()
    },
    60_000,
  )
})

describe('a field Object.prototype lends', () => {
  // Another script on the page may have polluted Object.prototype; no body may inherit from it.
  // Writable, as `Object.prototype.x = …` makes it: a read-only one also breaks every object
  // literal that sets `x`, the schema check's copies included, which no pollution does by accident.
  function polluted(fields: Record<string, unknown>) {
    for (const [name, value] of Object.entries(fields)) {
      Object.defineProperty(Object.prototype, name, { value, configurable: true, writable: true })
    }
    onTestFinished(() => {
      for (const name of Object.keys(fields))
        delete (Object.prototype as Record<string, unknown>)[name]
    })
  }

  it("is not read as a field of a site server's body: an empty login signs nobody in", async () => {
    await loadScenario('unlinked')
    polluted({ cardId: 'card-ashita', pin: '1234' })

    const answer = await fetch(`${MYNAPORTAL_API}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })

    expect(answer.status).toBe(422)
  })

  it('is not read as a field of a control request: an empty body loads no scenario', async () => {
    await loadScenario('unlinked')
    polluted({ name: 'linked' })

    const answer = await fetch(`${SIMULATOR_API}/scenario`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })

    expect(answer.status).toBe(404)
    expect(currentScenario()).toBe('unlinked')
  })
})
