/**
 * Resolves once the browser has drawn the next frame: the animation frame callback runs just
 * before it is painted, and the task queued there runs after. Work that the screen on view does
 * not need (loading the simulated servers, asking who is signed in) waits for this, so it never
 * delays the frame that shows the screen.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
}
