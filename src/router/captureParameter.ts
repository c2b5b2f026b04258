import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { applyCaptureQuery } from '@/simulator/captureMode'

/**
 * `?capture=1` / `?capture=0` (and capture mode's `hints=1`) on any URL switch capture mode for
 * the tab's session; like `?scenario=`, the parameters are then dropped so routes and links never
 * carry them.
 */
export function applyCaptureParameter(to: RouteLocationNormalized): RouteLocationRaw | true {
  if (!('capture' in to.query) && !('hints' in to.query)) return true
  applyCaptureQuery(to.query.capture, to.query.hints)
  const { capture: _dropped, hints: _hints, ...query } = to.query
  return { path: to.path, query, hash: to.hash, replace: true }
}
