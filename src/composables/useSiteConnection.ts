import { computed, shallowRef } from 'vue'
import type { ConnectableSite, ConnectionListBody } from '@/contracts/mynaportal'
import { useMynaportalStore } from '@/stores/mynaportal'
import { useServerAction } from './useServerAction'

export type SiteConnection =
  { status: 'connected' | 'not-connected'; site: ConnectableSite } | { status: 'unknown' }

/**
 * The signed-in user's connections as the server lists them, read by the screen that shows them
 * on every visit. Loading again keeps the list shown until the new one is there.
 */
export function useConnectionList() {
  const store = useMynaportalStore()
  const list = shallowRef<ConnectionListBody | null>(null)
  const loading = useServerAction(async () => {
    list.value = await store.connections()
  })
  return { list, loading }
}

/**
 * Where one site stands for the signed-in user: つながりの解除 and its completion go by the real
 * list, never by what an earlier screen (or another tab) saw.
 */
export function useSiteConnection(siteId: string) {
  const { list, loading } = useConnectionList()

  const connection = computed((): SiteConnection | undefined => {
    if (!list.value) return undefined
    const connected = list.value.connected.find((site) => site.id === siteId)
    if (connected) return { status: 'connected', site: connected }
    const notConnected = list.value.notConnected.find((site) => site.id === siteId)
    return notConnected ? { status: 'not-connected', site: notConnected } : { status: 'unknown' }
  })

  return { loading, connection }
}
