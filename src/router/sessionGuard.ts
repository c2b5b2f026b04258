import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'

/**
 * A screen with a user's data, opened without that site's session, shows the site's login
 * instead and nothing of the user. The targets are constants (R8).
 */
export async function requireSignedIn(
  to: RouteLocationNormalized,
  pinia?: Pinia,
): Promise<RouteLocationRaw | true> {
  if (!to.meta.requiresSession) return true
  if (to.meta.site === 'mynaportal') {
    const signedIn = await useMynaportalStore(pinia).refreshSession()
    return signedIn === false ? { name: 'myna-login', replace: true } : true
  }
  const signedIn = await useHelloworkStore(pinia).refreshSession()
  return signedIn === false ? { name: 'hw-login', replace: true } : true
}
