import * as v from 'valibot'
import { defineDocument } from './persistence'
import { text } from './schemaParts'

/**
 * The browser's cookie jar, simulated. A mocked response cannot set real cookies (and the two
 * simulated origins are not the page's), so each mock server keeps its opaque session ids here,
 * scoped by its own origin: a server can only read and write cookies of the origin the request
 * was sent to, as a browser would enforce. The jar is shared by every tab, like real cookies.
 */
type Jar = Record<string, Record<string, string>>

/** Origin → name → value; `text`'s bound is also a browser's limit for one cookie (4096 bytes). */
const jarSchema: v.GenericSchema<unknown, Jar> = v.record(text, v.record(text, text))

/** Exported for tests that put one browser's cookies aside and bring them back. */
export const jarDocument = defineDocument('cookies', jarSchema, 'cookies')

function jar(): Jar {
  return jarDocument.load() ?? {}
}

export function readCookie(request: Request, name: string): string | undefined {
  return jar()[new URL(request.url).origin]?.[name]
}

export function writeCookie(request: Request, name: string, value: string | undefined): void {
  const origin = new URL(request.url).origin
  const all = jar()
  const cookies = { ...all[origin] }
  if (value === undefined) delete cookies[name]
  else cookies[name] = value
  jarDocument.save({ ...all, [origin]: cookies })
}

export function clearCookies(): void {
  jarDocument.clear()
}

/** For the simulator's inspector only: which cookies the browser holds. */
export function cookieSnapshot(): Jar {
  return jar()
}

/** Drops one site's cookies: its sessions were reset with its data, so they name nothing now. */
export function clearSiteCookies(origin: string): void {
  const { [origin]: _dropped, ...others } = jar()
  jarDocument.save(others)
}
