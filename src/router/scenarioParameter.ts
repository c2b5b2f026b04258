import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { useSimulatorStore } from '@/stores/simulator'

/**
 * `?scenario=NAME` on any URL loads that preset into both mock servers, then the parameter is
 * dropped so a reload does not reset the data again (screens.md §0).
 */
export async function applyScenarioParameter(
  to: RouteLocationNormalized,
  pinia?: Pinia,
): Promise<RouteLocationRaw | true> {
  const name = to.query.scenario
  if (typeof name !== 'string') return true
  await useSimulatorStore(pinia).loadScenario(name)
  const { scenario: _dropped, ...query } = to.query
  return { path: to.path, query, hash: to.hash, replace: true }
}
