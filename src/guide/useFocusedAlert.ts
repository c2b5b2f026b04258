import { onBeforeUnmount, onMounted, shallowRef } from 'vue'
import { GUIDE_ATTRIBUTE } from './findGuideTarget'
import { onViewportChange } from './onViewportChange'

/**
 * Where the page's focused error is, while one has focus: a refused step's error summary takes
 * focus (role="alert"), and the guide panel must then dock away from it, not only from the element
 * it points at, or at phone width it would hide the message the learner has to read first
 * (WCAG 2.4.11, focus not obscured). Followed on scroll and resize, like the guide's target.
 */
export function useFocusedAlert() {
  const rect = shallowRef<DOMRect | null>(null)

  function measure() {
    const focused = document.activeElement
    const isPageAlert =
      focused instanceof HTMLElement &&
      focused.matches('[role="alert"]') &&
      !focused.closest(`[${GUIDE_ATTRIBUTE}]`)
    rect.value = isPageAlert ? focused.getBoundingClientRect() : null
  }
  // focusout fires while the element it leaves is still the active one.
  const measureOnceMoved = () => setTimeout(measure)

  onMounted(() => {
    document.addEventListener('focusin', measure)
    document.addEventListener('focusout', measureOnceMoved)
    measure()
  })
  onBeforeUnmount(() => {
    document.removeEventListener('focusin', measure)
    document.removeEventListener('focusout', measureOnceMoved)
  })
  onViewportChange(measure)

  return rect
}
