/**
 * Stands in for `tough-cookie` inside MSW (aliased in vite.config.ts). MSW keeps a cookie jar of
 * its own for `Set-Cookie` on mocked responses; our two servers never send one — each keeps its
 * session cookies in the simulated jar of mocks/shared/cookies.ts, scoped by origin — so MSW's
 * jar is always empty. This is the empty jar, exactly what MSW would see.
 *
 * Why it pays: the real library brings `tldts`' public-suffix list, which would make the mock
 * servers' code, loaded before the first request is answered, about four times larger
 * (docs/performance.md). tests/mocks/toughCookieShim.test.ts fails if MSW uses more of it.
 *
 * A handler that starts sending `Set-Cookie` would otherwise lose that cookie silently; it fails
 * loudly here instead, naming the way to do it.
 */

interface StoredCookie {
  key: string
  value: string
  toString(): string
}

export class Cookie {
  /** MSW restores its persisted jar through this; with nothing ever stored there is nothing. */
  static fromJSON(): null {
    return null
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {}
}

export class CookieJar {
  constructor(readonly store: MemoryCookieStore) {}

  getCookiesSync(): StoredCookie[] {
    return []
  }

  async setCookie(cookie: string, url: string): Promise<never> {
    throw new Error(
      `A mock handler answered ${url} with Set-Cookie "${cookie.split('=')[0]}": the simulated servers keep cookies with readCookie/writeCookie (mocks/shared/cookies.ts), not in MSW's jar.`,
    )
  }
}
