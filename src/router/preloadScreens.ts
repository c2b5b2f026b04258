import type { Router } from 'vue-router'

/**
 * Fetches the code of every screen while the person reads the first one. A step often passes
 * through two or three screens of both sites (② goes つなぐ → Hello Work's forwarding → Mynaportal's
 * authorize → 同意確認); loading each screen's chunk on the way would add a round trip per screen
 * to every first walk, which is the walk a trainer shows and a screenshot run makes.
 *
 * It waits for the first contentful paint and then for an idle moment: started any earlier, the
 * chunks compete with the first screen on a slow phone (Lighthouse mobile fell from 95 to 77).
 */
export async function preloadScreensWhenIdle(router: Router): Promise<void> {
  await afterFirstPaint()
  const loaders = router
    .getRoutes()
    .flatMap((route) => Object.values(route.components ?? {}))
    .filter((component): component is () => Promise<unknown> => typeof component === 'function')
  // One screen per idle moment, so no single task grows long enough to delay a tap.
  for (const load of new Set(loaders)) {
    await idle()
    // A chunk that fails here is fetched again when its screen opens, and fails visibly there.
    await load().catch(() => undefined)
  }
  // For tools that time steps as a person takes them, after reading the first screen.
  performance.mark(SCREENS_PRELOADED)
}

export const SCREENS_PRELOADED = 'simulator:screens-preloaded'

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1000 })
    else setTimeout(resolve, 50)
  })
}

/** A tab in the background paints nothing; after 5 s it preloads anyway. */
const PAINT_WAIT_MS = 5000

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, PAINT_WAIT_MS)
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) return resolve()
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      resolve()
    }).observe({ type: 'paint', buffered: true })
  })
}
