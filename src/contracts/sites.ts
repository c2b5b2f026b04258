/**
 * The addresses both simulated servers answer on. They are never reached on the real network:
 * Mock Service Worker answers every request to them inside the browser (or in Node for tests).
 * The front channel turns these URLs into in-app routes (see src/api/frontChannel.ts).
 */
export const MYNAPORTAL_ORIGIN = 'https://mynaportal.example'
export const HELLOWORK_ORIGIN = 'https://hellowork.example'
export const SIMULATOR_ORIGIN = 'https://simulator.example'

export const MYNAPORTAL_API = `${MYNAPORTAL_ORIGIN}/api`
export const HELLOWORK_API = `${HELLOWORK_ORIGIN}/api`
export const SIMULATOR_API = `${SIMULATOR_ORIGIN}/api`

/** OpenID Provider issuer identifier: exactly this string, compared with `===`. */
export const MYNAPORTAL_ISSUER = MYNAPORTAL_ORIGIN

/** Hello Work's registration at Mynaportal (a confidential OpenID Connect client). */
export const HELLOWORK_CLIENT_ID = 'hellowork'
export const HELLOWORK_REDIRECT_URI = `${HELLOWORK_ORIGIN}/auth/callback`
export const HELLOWORK_INITIATE_LOGIN_URI = `${HELLOWORK_ORIGIN}/auth/initiate`
/** Where Hello Work sends the browser after ④, with the one-time ticket. */
export const MYNAPORTAL_COMPLETION_URI = `${MYNAPORTAL_ORIGIN}/connections/complete`

export const HELLOWORK_SITE_ID = 'hellowork'
export const HELLOWORK_SITE_NAME = '厚生労働省ハローワークインターネットサービス'

/** The simulator's own screens and the two simulated sites; the one place these names are spelled. */
export type SiteName = 'simulator' | 'mynaportal' | 'hellowork'
/** The two simulated sites, each with its own server. */
export type SiteKey = Exclude<SiteName, 'simulator'>
