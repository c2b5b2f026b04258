import { MESSAGES } from '@/contracts/errors'
import type { AuditEvent } from '../shared/audit'
import { isRefusal } from '../shared/backChannel'
import { refuse } from '../shared/refusal'

/** ⑤'s answer when Hello Work did not make the link active: what happened, in the user's words. */
export function refuseCompletion(
  redeemed: { ok: false; status: number; code: string },
  note: (detail: AuditEvent['detail']) => void,
): never {
  if (redeemed.code === 'link_superseded') {
    return refuse(409, 'link_superseded', MESSAGES.linkSuperseded)
  }
  if (redeemed.code === 'link_cancelled')
    return refuse(409, 'link_cancelled', MESSAGES.linkCancelled)
  if (redeemed.code === 'ticket_mismatch') note({ reason: 'ticket for another user' })
  if (isRefusal(redeemed)) return refuse(400, 'flow_invalid', MESSAGES.flowInvalid)
  return refuse(502, 'upstream_error', MESSAGES.upstream('ハローワークインターネットサービス'))
}
