import { isoAt, now } from './clock'

/**
 * Every success and failure of an endpoint leaves one of these in its server's data (R11), so
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
    ...(detail ? { detail } : {}),
  })
  if (log.length > AUDIT_LIMIT) log.splice(0, log.length - AUDIT_LIMIT)
}
