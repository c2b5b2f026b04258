import type { Router } from 'vue-router'

/**
 * Fetches the code of every screen while the person reads the first one. A step often passes
 * through two or three screens of both sites (② goes つなぐ → Hello Work's forwarding → Mynaportal's
 * authorize → 同意確認); loading each screen's chunk on the way would add a round trip per screen
 * to every first walk, which is the walk a trainer shows and a screenshot run makes.
 */
export async function preloadScreens(router: Router): Promise<void> {
  const loaders = router
    .getRoutes()
    .flatMap((route) => Object.values(route.components ?? {}))
    .filter((component): component is () => Promise<unknown> => typeof component === 'function')
  // A chunk that fails here is fetched again when its screen opens, and fails visibly there.
  await Promise.allSettled(loaders.map((load) => load()))
}
