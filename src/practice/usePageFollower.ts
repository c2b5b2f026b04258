import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useRoute } from 'vue-router'
import type { Arrival } from '@/guide/flowProgress'
import { GUIDE_ATTRIBUTE } from '@/guide/findGuideTarget'

/** The simulator's own chrome: clicks there are not the learner's actions on the sites. */
const NOT_THE_SITES = `[${GUIDE_ATTRIBUTE}], .demo-bar, .console, .console-opener, [role="dialog"][aria-labelledby="console-title"]`
const ACTIONS = 'button, a[href], [role="button"], [role="link"]'
/** How long a click may take to lead on (a new screen, a message) before it counts as leading nowhere. */
const SETTLE_MS = 2000

/**
 * Follows what a practice run needs from the page, the way guide mode does: each route the app
 * reaches, and each click on a button or link of the sites that led to neither a new screen nor
 * a message (another site's つなぐ, a menu item the simulator does not offer). The screens'
 * errors come through the guide's target finder (useGuideTarget), which watches the page.
 */
export function usePageFollower(handlers: {
  arrive: (arrival: Arrival) => void
  noEffect: (name: string) => void
  isExpectedTarget: (element: Element) => boolean
}) {
  const route = useRoute()
  let changes = 0

  watch(
    () => route.fullPath,
    () => {
      changes++
      if (route.matched.length === 0 || typeof route.name !== 'string') return
      handlers.arrive({
        routeName: route.name,
        title: route.meta.title,
        passThrough:
          route.meta.transitional === true ||
          (route.meta.site === 'simulator' && route.name !== 'not-found'),
      })
    },
    { immediate: true },
  )

  let alerts = 0
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (
          node instanceof Element &&
          (node.matches('[role="alert"]') || node.querySelector('[role="alert"]'))
        )
          alerts++
      }
    }
  })

  function onClick(event: MouseEvent) {
    const element = event.target instanceof Element ? event.target.closest(ACTIONS) : null
    if (!element || element.closest(NOT_THE_SITES)) return
    if (element.matches('[aria-expanded], [aria-controls], summary, [disabled], [type="submit"]'))
      return
    if (handlers.isExpectedTarget(element)) return
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
    const before = { changes, alerts }
    setTimeout(() => {
      const busy = document.querySelector('[aria-busy="true"]') !== null
      if (!busy && changes === before.changes && alerts === before.alerts) handlers.noEffect(name)
    }, SETTLE_MS)
  }

  onMounted(() => {
    observer.observe(document.body, { childList: true, subtree: true })
    document.addEventListener('click', onClick, true)
  })
  onBeforeUnmount(() => {
    observer.disconnect()
    document.removeEventListener('click', onClick, true)
  })
}
