import type { Router } from 'vue-router'

/**
 * The screen a request is sent from, for 「画面の裏側」 to tell which of the manual's steps it
 * belongs to: the current route, or while a navigation is being decided (a guard asking for the
 * session), the screen being opened.
 */
export function trackScreenOnView(router: Router): () => string | undefined {
  let opening: string | undefined
  const nameOf = (name: unknown) => (typeof name === 'string' ? name : undefined)
  router.beforeEach((to) => {
    opening = nameOf(to.name)
    return true
  })
  router.afterEach(() => {
    opening = undefined
  })
  return () => opening ?? nameOf(router.currentRoute.value.name)
}
