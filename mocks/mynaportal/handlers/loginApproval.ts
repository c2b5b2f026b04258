/**
 * The app's approval of a login request. The phone that read the code first presents its token;
 * then the card's PIN (checked on the card's own three-strikes lock, as the card reader does)
 * with the card touched to the phone, or, for the card on the phone itself, the biometric check
 * of the smartphone certificate. Checks come before any change; a refused PIN still counts.
 */
import { MESSAGES } from '@/contracts/errors'
import { pinErrors } from '@/contracts/validation'
import { refuse, requireValid } from '../../shared/refusal'
import { sha256, verifySecret } from '../../shared/secrets'
import { countPinAttempt, refusePin, type PinOutcome } from '../cardSignIn'
import { mynaportalDb, type LoginRequest, type MynaData } from '../db'
import { requestsOf, requireUsable, signInFaults } from '../loginRequests'

interface Approval {
  phoneToken: string
  cardId: string
  pin?: string
  biometric?: boolean
}

/** The request this phone read, still waiting for its approval, in `data`. */
function phoneRequest(data: MynaData, requestId: string, phoneHash: string): LoginRequest {
  const usable = requireUsable(requestsOf(data).find((r) => r.id === requestId))
  if (usable.phoneHash !== phoneHash || usable.state !== 'read') {
    return refuse(409, 'login_request_used', MESSAGES.loginRequestUsed)
  }
  return usable
}

export async function approveRequest(
  requestId: string,
  body: Approval,
): Promise<{ userId: string; holderName: string }> {
  const phoneHash = await sha256(body.phoneToken)
  const snapshot = mynaportalDb.read()
  const pending = phoneRequest(snapshot, requestId, phoneHash)
  const card = snapshot.users.find((user) => user.cardId === body.cardId)
  const byCertificate = pending.method === 'phone-card'

  if (byCertificate) {
    if (body.biometric !== true) requireValid({ biometric: MESSAGES.biometricRequired })
    if (!card) return refuse(404, 'card_unknown', MESSAGES.cardUnknown)
    if (signInFaults(snapshot).phoneCertificateExpired) {
      return refuse(403, 'certificate_expired', MESSAGES.certificateExpired)
    }
  } else {
    requireValid(pinErrors(body.pin ?? ''))
    if (!card) return refuse(404, 'card_unknown', MESSAGES.cardUnknown)
    if (card.pinLocked) return refuse(423, 'pin_locked', MESSAGES.pinLocked)
  }
  const pinMatches = byCertificate ? true : await verifySecret(body.pin ?? '', card.pin)

  const outcome = await mynaportalDb.update((data): PinOutcome | { kind: 'undetected' } => {
    const request = phoneRequest(data, requestId, phoneHash)
    const user = data.users.find((u) => u.id === card.id)!
    // The card-not-detected situation: the first touch of each request reads nothing.
    if (!byCertificate && signInFaults(data).cardNotDetected && (request.touches ?? 0) === 0) {
      request.touches = 1
      return { kind: 'undetected' }
    }
    const result = byCertificate ? { kind: 'ok' as const } : countPinAttempt(user, pinMatches)
    if (result.kind === 'ok') {
      request.state = 'approved'
      request.userId = user.id
    }
    return result
  })
  if (outcome.kind === 'undetected') {
    return refuse(422, 'card_not_detected', MESSAGES.cardNotDetected)
  }
  if (outcome.kind !== 'ok') return refusePin(outcome)
  return { userId: card.id, holderName: card.cardHolderName }
}
