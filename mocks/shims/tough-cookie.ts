/**
 * Stands in for `tough-cookie` inside MSW (aliased in vite.config.ts). MSW keeps a cookie jar of
 * its own for `Set-Cookie` on mocked responses; our two servers never send one — each keeps its
 * session cookies in the simulated jar of mocks/shared/cookies.ts, scoped by origin — so MSW's
 * jar is always empty, and the real library (with `tldts`' public-suffix list, about 40 KB gzip
 * before the first screen) buys nothing. This is the empty jar, exactly what MSW would see.
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
