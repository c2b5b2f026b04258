/**
 * The real clock, in ms, as one line that survives a reload: `performance.now()` is monotonic
 * but starts again at 0 on every page load, so it is counted from the page's own time origin.
 * The simulation's clock (frozen on 2021-09-22) never times a learner.
 */
export function realNow(): number {
  return performance.timeOrigin + performance.now()
}
