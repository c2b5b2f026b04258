import { onBeforeUnmount, onMounted, shallowRef, watch } from 'vue'
import type { FlowTarget } from '@/flows'
import { findGuideTarget } from './findGuideTarget'
import { onViewportChange } from './onViewportChange'
import { watchPage } from './watchPage'

/** Set on the element the guide points at; the highlight and the tests find it by this. */
export const TARGET_ATTRIBUTE = 'data-guide-target'

/**
 * Keeps track of the element the current step acts on: found again whenever the page changes
 * (views render after their data arrives), scrolled into view once per step, measured on scroll
 * and resize so the highlight and the panel's docking follow it. Newly shown errors go to
 * `onAlerts`.
 */
export function useGuideTarget(
  target: () => FlowTarget | undefined,
  stepKey: () => unknown,
  onAlerts: (texts: string[]) => void,
) {
  const element = shallowRef<HTMLElement | null>(null)
  const rect = shallowRef<DOMRect | null>(null)
  let scrolledFor: unknown

  function measure() {
    rect.value = element.value?.getBoundingClientRect() ?? null
  }

  function update() {
    const wanted = target()
    const found = wanted ? findGuideTarget(wanted) : null
    if (found !== element.value) {
      element.value?.removeAttribute(TARGET_ATTRIBUTE)
      found?.setAttribute(TARGET_ATTRIBUTE, '')
      element.value = found
    }
    if (found && scrolledFor !== stepKey()) {
      scrolledFor = stepKey()
      // After the route change has moved focus to the page's heading (App.vue), which scrolls too.
      setTimeout(() => {
        if (typeof found.scrollIntoView === 'function') found.scrollIntoView({ block: 'center' })
        measure()
      })
    }
    measure()
  }

  let stopWatching = () => {}
  onMounted(() => {
    stopWatching = watchPage((alerts) => {
      if (alerts.length > 0) onAlerts(alerts)
      update()
    })
    update()
  })
  onViewportChange(measure)
  onBeforeUnmount(() => {
    stopWatching()
    element.value?.removeAttribute(TARGET_ATTRIBUTE)
  })
  watch([target, stepKey], update, { flush: 'post' })

  return { element, rect }
}
