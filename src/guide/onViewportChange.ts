import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Calls `measure` whenever any scroller on the page scrolls or the window is resized, while the
 * calling component is mounted: what the guide's boxes (its target, a focused error) need to stay
 * where their elements are.
 */
export function onViewportChange(measure: () => void): void {
  onMounted(() => {
    window.addEventListener('scroll', measure, { passive: true, capture: true })
    window.addEventListener('resize', measure)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('scroll', measure, { capture: true })
    window.removeEventListener('resize', measure)
  })
}
