import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { parseCaptureParameter, setCaptureMode } from '@/simulator/captureMode'

/**
 * `?capture=1` / `?capture=0` on any URL switches capture mode for the tab's session; like
 * `?scenario=`, the parameter is then dropped so routes and links never carry it.
 */
export function applyCaptureParameter(to: RouteLocationNormalized): RouteLocationRaw | true {
  if (!('capture' in to.query)) return true
  const requested = parseCaptureParameter(to.query.capture)
  if (requested !== undefined) setCaptureMode(requested)
  const { capture: _dropped, ...query } = to.query
  return { path: to.path, query, hash: to.hash, replace: true }
}
