/**
 * ⑤ and やめる of one user and site, one at a time, across tabs. Each is a back-channel call to
 * Hello Work followed by Mynaportal's own write; interleaved, a ⑤ could record a connection
 * just after やめる removed the link it activated. The lock is held across that call, which is
 * safe: Hello Work's redeem and revoke take only Hello Work's document lock, never call back to
 * Mynaportal, and nothing else takes this lock, so no wait can close a cycle.
 */
import { withLock } from '../shared/persistence'

export function withLinkLock<T>(
  userId: string,
  siteId: string,
  work: () => Promise<T>,
): Promise<T> {
  // The lock resolves to what `work` resolves to; `then` says so to the type checker.
  return withLock(`mhsim:myna-link:${userId}:${siteId}`, work).then((result) => result)
}
