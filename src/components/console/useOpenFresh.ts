import { useRouter } from 'vue-router'
import { useConsoleStore } from '@/stores/console'

/**
 * Opens a screen as a reload would: guards run again, and a screen already showing (the same
 * route, perhaps with another ticket) is mounted anew, so it reads the reset data.
 */
export function useOpenFresh() {
  const router = useRouter()
  const store = useConsoleStore()
  return async (path: string) => {
    const before = router.currentRoute.value.name
    const url = new URL(path, 'https://app.invalid')
    await router.push({
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      force: true,
    })
    if (router.currentRoute.value.name === before) store.resets += 1
  }
}
