/**
 * The requests the in-page servers handle (mocks/shared/rebuildableRequest.ts): a copy is built
 * again from the same address and body instead of splitting the body in two, and behaves as a
 * Request's own copy would.
 */
import { getResponse, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rebuildableRequest } from '@mocks/shared/rebuildableRequest'

const ADDRESS = 'https://mynaportal.example/api/connections/hellowork/use'
const BODY = JSON.stringify({ csrfToken: 'token-1' })

describe('rebuildableRequest', () => {
  it('copies method, headers and body, and both can be read', async () => {
    const request = rebuildableRequest(ADDRESS, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
    })
    const copy = request.clone()
    expect(copy).not.toBe(request)
    expect(copy.method).toBe('POST')
    expect(copy.url).toBe(ADDRESS)
    expect(copy.headers.get('content-type')).toBe('application/json')
    expect(await copy.json()).toEqual({ csrfToken: 'token-1' })
    expect(await request.text()).toBe(BODY)
  })

  it('copies its copies the same way, so a handler and the recorder each get their own', async () => {
    const request = rebuildableRequest(ADDRESS, { method: 'POST', body: BODY })
    const copyOfCopy = request.clone().clone()
    expect(Object.hasOwn(copyOfCopy, 'clone')).toBe(true)
    expect(await copyOfCopy.text()).toBe(BODY)
  })

  it('refuses to copy a body already read, as Request does', async () => {
    const request = rebuildableRequest(ADDRESS, { method: 'POST', body: BODY })
    await request.text()
    expect(() => request.clone()).toThrow(TypeError)
    const ordinary = new Request(ADDRESS, { method: 'POST', body: BODY })
    await ordinary.text()
    expect(() => ordinary.clone()).toThrow(TypeError)
  })

  it('leaves a body that can be read only once to the ordinary copy', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(BODY))
        controller.close()
      },
    })
    const request = rebuildableRequest(ADDRESS, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(Object.hasOwn(request, 'clone')).toBe(false)
    expect(await request.clone().text()).toBe(BODY)
    expect(await request.text()).toBe(BODY)
  })

  it('leaves a Request given as the address to the ordinary copy', () => {
    const request = rebuildableRequest(new Request(ADDRESS, { method: 'POST', body: BODY }))
    expect(Object.hasOwn(request, 'clone')).toBe(false)
  })
})

// What the rebuilding rests on in MSW: it copies each request it handles, through the request's
// own clone(). If MSW stops copying, the rebuilding buys nothing (bench it and remove it); if it
// copies some other way, every body is teed again.
describe('what MSW does with the requests it handles', () => {
  const handlers = [
    http.post(ADDRESS, async ({ request }) => HttpResponse.json(await request.json())),
  ]

  afterEach(() => void vi.restoreAllMocks())

  it('copies an ordinary request through Request.prototype.clone, teeing its body', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone')
    const response = await getResponse(
      handlers,
      new Request(ADDRESS, { method: 'POST', body: BODY }),
    )
    expect(await response?.json()).toEqual({ csrfToken: 'token-1' })
    expect(clone).toHaveBeenCalled()
  })

  it('copies a rebuildable request through its own clone, never teeing it', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone')
    const request = rebuildableRequest(ADDRESS, { method: 'POST', body: BODY })
    const response = await getResponse(handlers, request)
    expect(await response?.json()).toEqual({ csrfToken: 'token-1' })
    expect(clone).not.toHaveBeenCalled()
  })
})
