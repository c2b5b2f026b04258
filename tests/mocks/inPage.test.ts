/**
 * What the in-page servers (mocks/inPage.ts) rest on: MSW's `getResponse` answers a request as
 * MSW's own servers do, so the browser gets what the node server gives the tests. Every request
 * here goes both ways, through `serveInPage` and through MSW's node server, and the answers must
 * be the same. If an MSW upgrade makes them differ, the in-page servers no longer answer as the
 * tests vouch for: fix `serveInPage` before anything else.
 */
import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serveInPage } from '@mocks/inPage'
import { server } from '@mocks/node'

const ORIGIN = 'https://fence.example'

// The habits of the real endpoints: path parameters, a query, JSON and form bodies, headers,
// a delay, and a handler that looks and lets the next one answer.
const handlers = [
  http.get(`${ORIGIN}/api/jobs/:jobNumber`, ({ request, params }) =>
    HttpResponse.json({
      jobNumber: params.jobNumber,
      page: new URL(request.url).searchParams.get('page'),
    }),
  ),
  http.post(`${ORIGIN}/api/login`, async ({ request }) => {
    const body = (await request.json()) as { email?: string }
    if (!body.email) {
      return HttpResponse.json({ error: { code: 'invalid_request' } }, { status: 400 })
    }
    return HttpResponse.json({ location: `${ORIGIN}/mypage` }, { headers: { 'x-step': '4' } })
  }),
  http.post(`${ORIGIN}/api/token`, async ({ request }) => {
    const form = new URLSearchParams(await request.text())
    return HttpResponse.json(
      { grant: form.get('grant_type') },
      { headers: { 'cache-control': 'no-store' } },
    )
  }),
  http.get(`${ORIGIN}/api/slow`, async () => {
    await delay(5)
    return new HttpResponse(null, { status: 204 })
  }),
  http.get(`${ORIGIN}/api/session`, () => undefined),
  http.get(`${ORIGIN}/api/session`, () => HttpResponse.json({ user: null })),
]

const REQUESTS: { name: string; url: string; init?: RequestInit }[] = [
  { name: 'path parameter and query', url: `${ORIGIN}/api/jobs/13010-12345678?page=2` },
  {
    name: 'JSON body, answer with a header',
    url: `${ORIGIN}/api/login`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'yuki.ashita@example.jp' }),
    },
  },
  {
    name: 'JSON body refused with 400',
    url: `${ORIGIN}/api/login`,
    init: { method: 'POST', body: JSON.stringify({}) },
  },
  {
    name: 'form body',
    url: `${ORIGIN}/api/token`,
    init: { method: 'POST', body: new URLSearchParams({ grant_type: 'code' }) },
  },
  { name: 'delayed answer without a body', url: `${ORIGIN}/api/slow` },
  { name: 'a handler that lets the next one answer', url: `${ORIGIN}/api/session` },
]

async function answer(response: Response) {
  return {
    status: response.status,
    headers: [...response.headers].filter(([name]) => name !== 'x-powered-by'),
    body: await response.text(),
  }
}

let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  stop = undefined
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the in-page servers answer as MSW’s node server does', () => {
  it.each(REQUESTS)('$name', async ({ url, init }) => {
    server.use(...handlers)
    const fromNodeServer = await answer(await fetch(url, init))
    stop = serveInPage(handlers)
    const inPage = await answer(await fetch(url, init))
    expect(inPage).toEqual(fromNodeServer)
  })

  it('answers a request no handler takes as an unreachable server, sending nothing', async () => {
    const network = vi.fn<typeof fetch>()
    vi.stubGlobal('fetch', network)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    stop = serveInPage(handlers)
    await expect(fetch(`${ORIGIN}/api/nobody`)).rejects.toThrow(TypeError)
    expect(network).not.toHaveBeenCalled()
  })

  it('sends only the app’s own files on to the network', async () => {
    const network = vi.fn<typeof fetch>(async () => new Response('<!doctype html>'))
    vi.stubGlobal('fetch', network)
    stop = serveInPage(handlers, { passThrough: 'http://localhost:5173' })
    expect(await (await fetch('http://localhost:5173/src/main.ts')).text()).toBe('<!doctype html>')
    expect(network).toHaveBeenCalledOnce()
  })
})
