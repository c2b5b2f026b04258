import { isoAt, now } from './clock'

/**
 * Every success and failure of an endpoint leaves one of these in its server's data, so
 * tests, trainers and the simulator's inspector can see what the server decided and why.
 */
export interface AuditEvent {
  at: string
  type: string
  outcome: 'success' | 'failure'
  code?: string
  detail?: Record<string, string | number | boolean>
}

const AUDIT_LIMIT = 500
/** A detail echoes what a request sent (a site id, an address): cut, so a megabyte cannot stay. */
export const RECORDED_TEXT_MAX = 200

export function cutText(value: string): string {
  return value.length > RECORDED_TEXT_MAX ? `${value.slice(0, RECORDED_TEXT_MAX)}…` : value
}

function cutDetail(detail: NonNullable<AuditEvent['detail']>): AuditEvent['detail'] {
  const cut = Object.entries(detail).map(([k, v]) => [k, typeof v === 'string' ? cutText(v) : v])
  return Object.fromEntries(cut) as AuditEvent['detail']
}

export function appendAudit(
  log: AuditEvent[],
  type: string,
  outcome: AuditEvent['outcome'],
  code?: string,
  detail?: AuditEvent['detail'],
): void {
  log.push({
    at: isoAt(now()),
    type,
    outcome,
    ...(code ? { code } : {}),
    ...(detail ? { detail: cutDetail(detail) } : {}),
  })
  if (log.length > AUDIT_LIMIT) log.splice(0, log.length - AUDIT_LIMIT)
}
