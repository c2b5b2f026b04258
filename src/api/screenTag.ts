import type { Router } from 'vue-router'
import { SCREEN_HEADER } from '@/contracts/simulator'

/**
 * Each request names the screen that sent it (a header only the simulator's sequence recorder
 * reads), so 「画面の裏側」 can tell which of the manual's steps a request belongs to. While a
 * navigation is being decided (a guard asking for the session), that is the screen being opened.
 */
let currentScreen: () => string | undefined = () => undefined

export function tagRequestsWithScreen(router: Router): void {
  let opening: string | undefined
  const nameOf = (name: unknown) => (typeof name === 'string' ? name : undefined)
  router.beforeEach((to) => {
    opening = nameOf(to.name)
    return true
  })
  router.afterEach(() => {
    opening = undefined
  })
  currentScreen = () => opening ?? nameOf(router.currentRoute.value.name)
}

export function screenHeaders(): Record<string, string> {
  const screen = currentScreen()
  return screen ? { [SCREEN_HEADER]: screen } : {}
}
