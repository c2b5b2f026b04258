import type { SiteKey } from './sites'

/**
 * What passed between the browser and the two servers, as the servers saw it (GET
 * SIMULATOR_API/sequence). Secrets (codes, tokens, tickets, PINs, passwords, CSRF tokens) arrive
 * already masked: the recorder never stores them.
 */
export type SequenceParty = 'browser' | 'simulator' | SiteKey

export interface SequenceEntry {
  id: number
  /** Host time the request arrived, in ms: orders a back-channel call inside its request. */
  startedAt: number
  /** Simulated time (the servers' clock), ISO 8601. */
  at: string
  from: SequenceParty
  to: SiteKey
  method: string
  /** The endpoint as declared, e.g. "/connections/:siteId/start". */
  endpoint: string
  /** The path actually requested. */
  path: string
  /** The route the browser was on when it sent the request (absent for the back channel). */
  screen?: string
  status: number
  /** The server's audit event type, e.g. "authorize.decision". */
  event: string
  outcome: 'success' | 'failure'
  code?: string
  /** Set when the failure or the delay was injected from the console. */
  injected?: boolean
  latencyMs?: number
  request: Record<string, string>
  response: Record<string, string>
}

/**
 * GET /sequence?after=ID&epoch=E → the entries after ID; when the log has started again since E
 * (a reset, a cleared record), every entry of the new log and its new epoch.
 */
export interface SequenceBody {
  epoch: string
  entries: SequenceEntry[]
}

/** How a masked secret reads: never its value; a fingerprint for long random ones. */
export const MASK = '●●●●'
