import { useRouter } from 'vue-router'
import { toAppPath } from '@/api/frontChannel'

/**
 * Follows a server's `location` the way a browser follows a form post and its redirects: leaving
 * a screen the person saw adds one history entry, while a transitional screen (one that only
 * forwards a code or a request) replaces itself, so codes never stay in the back-button history.
 */
export function useFrontChannel() {
  const router = useRouter()
  return {
    async follow(location: string): Promise<void> {
      const path = toAppPath(location)
      if (path === null) throw new Error(`refused to follow ${location}: not a simulated site`)
      if (router.currentRoute.value.meta.transitional) await router.replace(path)
      else await router.push(path)
    },
  }
}
