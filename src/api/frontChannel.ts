import { HELLOWORK_ORIGIN, MYNAPORTAL_ORIGIN } from '@/contracts/sites'

/**
 * The simulated address bar. The servers answer with URLs on their own origins; each origin is a
 * route prefix of this app. Any other URL is refused, so no answer can send the browser off the
 * two simulated sites: no open redirects.
 */
const PREFIXES: [origin: string, prefix: string][] = [
  [MYNAPORTAL_ORIGIN, '/myna'],
  [HELLOWORK_ORIGIN, '/hw'],
]

export function toAppPath(location: string): string | null {
  let url: URL
  try {
    url = new URL(location)
  } catch {
    return null
  }
  const match = PREFIXES.find(([origin]) => origin === url.origin)
  return match ? `${match[1]}${url.pathname}${url.search}` : null
}

/** The URL a site's page "really" has, for showing in the simulated address bar. */
export function toSiteUrl(appPath: string): string | null {
  const match = PREFIXES.find(
    ([, prefix]) => appPath === prefix || appPath.startsWith(`${prefix}/`),
  )
  return match ? `${match[0]}${appPath.slice(match[1].length) || '/'}` : null
}
