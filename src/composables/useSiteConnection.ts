import { useQueryCache } from '@pinia/colada'
import { computed, onMounted, shallowRef } from 'vue'
import type { ConnectableSite } from '@/contracts/mynaportal'
import { useMynaportalApi } from '@/api/appClient'
import { useScreenQuery } from '@/queries/screenQuery'
import { useSessionKeys } from '@/queries/sessionQueries'

export type SiteConnection =
  { status: 'connected' | 'not-connected'; site: ConnectableSite } | { status: 'unknown' }

/**
 * The signed-in user's connections as the server lists them, asked again on every visit; the
 * list last shown stays until the new one is there.
 */
export function useConnectionList() {
  const api = useMynaportalApi()
  const key = useSessionKeys('mynaportal')
  const { data: list, request: loading } = useScreenQuery(() => ({
    key: key('connections'),
    query: api.connections,
  }))
  return { list, loading }
}

/** After つなぐ completes or やめる is accepted: the list is the server's to say again. */
export function useConnectionsChanged() {
  const key = useSessionKeys('mynaportal')
  const cache = useQueryCache()
  return () => void cache.invalidateQueries({ key: key('connections') })
}

/**
 * Where one site stands for the signed-in user: つながりの解除 and its completion go by this
 * visit's answer, never by the list an earlier screen (or another tab) saw.
 */
export function useSiteConnection(siteId: string) {
  const { list, loading } = useConnectionList()
  // The query asks once mounted (registered first, so it has begun by now); until then, and
  // while it is on its way, the cached list does not count.
  const asked = shallowRef(false)
  onMounted(() => (asked.value = true))

  const connection = computed((): SiteConnection | undefined => {
    if (!asked.value || loading.pending || loading.error || !list.value) return undefined
    const connected = list.value.connected.find((site) => site.id === siteId)
    if (connected) return { status: 'connected', site: connected }
    const notConnected = list.value.notConnected.find((site) => site.id === siteId)
    return notConnected ? { status: 'not-connected', site: notConnected } : { status: 'unknown' }
  })

  return { loading, connection }
}
