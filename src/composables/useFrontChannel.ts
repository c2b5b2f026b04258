import { useRouter } from 'vue-router'
import { toAppPath } from '@/api/frontChannel'

/**
 * Follows a server's `location` the way a browser follows a redirect: replacing the current
 * history entry, so codes and tickets never stay in the back-button history.
 */
export function useFrontChannel() {
  const router = useRouter()
  return {
    async follow(location: string): Promise<void> {
      const path = toAppPath(location)
      if (path === null) throw new Error(`refused to follow ${location}: not a simulated site`)
      await router.replace(path)
    },
  }
}
