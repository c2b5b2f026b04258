/**
 * What the cookie-jar stand-in (mocks/shims/tough-cookie.ts, put in tough-cookie's place by
 * vite.config.ts) rests on: MSW uses tough-cookie only for its own cookie store, through names
 * and methods the stand-in has, and our servers never put a cookie in that store. If an MSW
 * upgrade uses more of tough-cookie, the stand-in would break MSW in the browser; if it stops
 * using it, the alias and the stand-in can go.
 *
 * Under vitest MSW runs from node_modules with the real tough-cookie, which is what lets the
 * last tests see what MSW's jar would hold.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '@mocks/node'
import * as shim from '@mocks/shims/tough-cookie'
import { linkThroughProtocol } from '../support/protocol'

const mswLib = path.join(
  path.dirname(createRequire(import.meta.url).resolve('msw/package.json')),
  'lib',
)
// Where MSW keeps its jar between page loads (its cookie store's persist()).
const MSW_JAR_KEY = '__msw-cookie-store__'

/** MSW's ES modules (what Vite bundles) that import tough-cookie, with their source. */
function mswModulesUsingToughCookie(): { file: string; source: string }[] {
  const files = readdirSync(mswLib, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs') && !file.startsWith('iife'))
    .map((file) => ({ file, source: readFileSync(path.join(mswLib, file), 'utf8') }))
  return files.filter(({ source }) => /from\s+["']tough-cookie["']/.test(source))
}

describe('what MSW takes from tough-cookie', () => {
  const users = mswModulesUsingToughCookie()

  it('is imported by MSW’s cookie store alone (none: remove the alias and the stand-in)', () => {
    expect(users.map(({ file }) => path.basename(file))).toEqual(['cookieStore.mjs'])
  })

  it('is only names the stand-in exports', () => {
    const imported = users.flatMap(({ source }) =>
      [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s+["']tough-cookie["']/g)].flatMap(
        ([, names]) => names!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!),
      ),
    )
    expect(imported.filter(Boolean).sort()).toEqual(['Cookie', 'CookieJar', 'MemoryCookieStore'])
    expect(
      users.every(({ source }) => !/import\s+(\*|\w+)[^{]*from\s+["']tough-cookie/.test(source)),
    ).toBe(true)
    for (const name of imported.filter(Boolean)) expect(shim).toHaveProperty(name)
  })

  it('is only methods and fields the stand-in has', () => {
    const { source } = users[0]!
    const jarCalls = new Set([...source.matchAll(/#jar\.(\w+)/g)].map(([, name]) => name!))
    const storeFields = new Set(
      [...source.matchAll(/#memoryStore\.(\w+)/g)].map(([, name]) => name!),
    )
    const cookieStatics = new Set([...source.matchAll(/\bCookie\.(\w+)/g)].map(([, name]) => name!))
    expect([...jarCalls].sort()).toEqual(['getCookiesSync', 'setCookie'])
    expect([...storeFields]).toEqual(['idx'])
    expect([...cookieStatics]).toEqual(['fromJSON'])
    const jar = new shim.CookieJar(new shim.MemoryCookieStore())
    for (const name of jarCalls) expect(jar).toHaveProperty(name)
    expect(new shim.MemoryCookieStore()).toHaveProperty('idx')
    expect(shim.Cookie.fromJSON()).toBeNull()
  })
})

describe('MSW’s own jar, which the stand-in leaves empty', () => {
  it('keeps a Set-Cookie a mocked answer sends, which is what the stand-in refuses', async () => {
    server.use(
      http.get('https://fence.example/api/cookie', () =>
        HttpResponse.json({}, { headers: { 'Set-Cookie': 'hw_session=1; Path=/' } }),
      ),
    )
    await fetch('https://fence.example/api/cookie')
    expect(localStorage.getItem(MSW_JAR_KEY)).toContain('hw_session')
    await expect(
      new shim.CookieJar(new shim.MemoryCookieStore()).setCookie('hw_session=1', 'https://x/'),
    ).rejects.toThrow(/readCookie\/writeCookie/)
  })

  it('holds nothing after つなぐ ①–⑤: our servers keep their cookies in their own jar', async () => {
    await linkThroughProtocol()
    expect(localStorage.getItem(MSW_JAR_KEY)).toBeNull()
  })
})
