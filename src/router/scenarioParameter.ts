import type { Pinia } from 'pinia'
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { toAppPath } from '@/api/frontChannel'
import { isApiError } from '@/api/http'
import { useConsoleStore } from '@/stores/console'
import { useSimulatorStore } from '@/stores/simulator'
import { namesMoreThanScenario, situationFromQuery, withoutSituation } from './situationQuery'

/**
 * `?scenario=NAME` on any URL loads that preset into both mock servers, then the parameter is
 * dropped so a reload does not reset the data again. With the trainer console's other parameters
 * (situationQuery.ts) it reproduces a whole situation, in a fresh browser too: when it names a
 * step, the browser opens that step's screen instead of the path.
 */
export async function applyScenarioParameter(
  to: RouteLocationNormalized,
  pinia?: Pinia,
): Promise<RouteLocationRaw | true> {
  const name = to.query.scenario
  if (typeof name !== 'string') return true
  const stay = { path: to.path, query: withoutSituation(to.query), hash: to.hash, replace: true }
  if (!namesMoreThanScenario(to.query)) {
    await useSimulatorStore(pinia).loadScenario(name)
    return stay
  }
  try {
    const location = await useSimulatorStore(pinia).applySituation(situationFromQuery(to.query))
    const path = location ? toAppPath(location) : null
    if (!path) return stay
    const url = new URL(path, 'https://app.invalid')
    return { path: url.pathname, query: Object.fromEntries(url.searchParams), replace: true }
  } catch (error) {
    const reason = isApiError(error) ? error.message : ''
    useConsoleStore(pinia).reportProblem(
      `このURLの状況を再現できませんでした。${reason}URLが途中で切れていないか確かめるか、コンソールで状況を選び直してください。`,
    )
    return stay
  }
}
