import { computed, ref } from 'vue'
import type { ConnectableSite } from '@/contracts/mynaportal'
import { useMynaportalStore } from '@/stores/mynaportal'
import { useServerAction } from './useServerAction'

export type SiteConnection =
  { status: 'connected' | 'not-connected'; site: ConnectableSite } | { status: 'unknown' }

/**
 * Where one site stands for the signed-in user, read from the server on every visit: つながりの解除
 * and its completion go by the real list, never by what an earlier screen (or another tab) saw.
 */
export function useSiteConnection(siteId: string) {
  const store = useMynaportalStore()
  // The store may still hold the list もっとつながる loaded before a change; wait for a fresh one.
  const loaded = ref(false)
  const loading = useServerAction(async () => {
    await store.loadConnections()
    loaded.value = true
  })

  const connection = computed((): SiteConnection | undefined => {
    const list = store.connections
    if (!loaded.value || !list) return undefined
    const connected = list.connected.find((site) => site.id === siteId)
    if (connected) return { status: 'connected', site: connected }
    const notConnected = list.notConnected.find((site) => site.id === siteId)
    return notConnected ? { status: 'not-connected', site: notConnected } : { status: 'unknown' }
  })

  return { loading, connection }
}
