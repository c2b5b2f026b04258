/**
 * A Request whose clone() builds a new Request from the same URL and init instead of teeing its
 * body stream. MSW clones every request it handles (a copy kept for logging) and the sequence
 * recorder keeps one more; in Chromium a body read through a tee costs about a millisecond more
 * than a fresh one, on every request (docs/performance.md). tests/mocks/rebuildableRequest.test.ts
 * fails if MSW stops copying requests or copies them some other way than through clone().
 *
 * Only for bodies that can be sent twice: none, a string or URLSearchParams. Anything else is an
 * ordinary Request, cloned the ordinary way.
 */
export function rebuildableRequest(input: RequestInfo | URL, init: RequestInit = {}): Request {
  const request = new Request(input, init)
  const body = init.body
  const fromAddress = typeof input === 'string' || input instanceof URL
  const resendable =
    fromAddress && (body == null || typeof body === 'string' || body instanceof URLSearchParams)
  if (!resendable) return request
  Object.defineProperty(request, 'clone', {
    value: function clone(): Request {
      // The same refusal as Request.prototype.clone: a read body cannot be copied.
      if (request.bodyUsed) throw new TypeError('Request body is already used')
      return rebuildableRequest(input, init)
    },
  })
  return request
}
