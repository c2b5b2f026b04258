import { useQueryCache, type EntryKey } from '@pinia/colada'
import { defineStore } from 'pinia'
import { watch } from 'vue'
import type { SiteKey } from '@/contracts/sites'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'

const storeOf = (site: SiteKey) =>
  site === 'mynaportal' ? useMynaportalStore() : useHelloworkStore()

/** A key of one site's data in one session: the site, the session's number, the resource. */
export type SessionKeys = (...resource: EntryKey) => EntryKey

/**
 * The keys of a site's data in the session a screen opens in, read once: a screen shows only
 * what was answered in its own session, and a later one (another person after a logout) asks anew.
 */
export function useSessionKeys(site: SiteKey): SessionKeys {
  useSessionQueries()
  const session = storeOf(site).sessionNumber
  return (...resource) => [site, session, ...resource]
}

/**
 * Drops a site's cached data when its session ends (logout, expiry, a scenario or data reset):
 * what one person saw is never kept for the next. One per app, made by its first query; the
 * stores that know of sessions load before the first screen, Colada only with these screens.
 */
export const useSessionQueries = defineStore('session-queries', () => {
  const cache = useQueryCache()
  for (const site of ['mynaportal', 'hellowork'] as const) {
    watch(
      () => storeOf(site).sessionNumber,
      (current) => {
        for (const entry of cache.getEntries({ key: [site] })) {
          if (entry.key[1] === current) continue
          cache.cancel(entry)
          cache.remove(entry)
        }
      },
      { flush: 'sync' },
    )
  }
  return {}
})
