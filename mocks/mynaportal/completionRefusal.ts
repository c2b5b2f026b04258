import { MESSAGES } from '@/contracts/errors'
import type { AuditEvent } from '../shared/audit'
import { isRefusal } from '../shared/backChannel'
import { fail } from '../shared/endpoint'

/** ⑤'s answer when Hello Work did not make the link active: what happened, in the user's words. */
export function refuseCompletion(
  redeemed: { ok: false; status: number; code: string },
  note: (detail: AuditEvent['detail']) => void,
): never {
  if (redeemed.code === 'link_superseded') {
    return fail(409, 'link_superseded', MESSAGES.linkSuperseded)
  }
  if (redeemed.code === 'link_cancelled') return fail(409, 'link_cancelled', MESSAGES.linkCancelled)
  if (redeemed.code === 'ticket_mismatch') note({ reason: 'ticket for another user' })
  if (isRefusal(redeemed)) return fail(400, 'flow_invalid', MESSAGES.flowInvalid)
  return fail(502, 'upstream_error', MESSAGES.upstream('ハローワークインターネットサービス'))
}
