import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { FLOWS } from '@/flows'
import { situationToQuery } from '@/router/situationQuery'
import { useConsoleStore } from '@/stores/console'
import { useSimulatorStore } from '@/stores/simulator'
import { flowInProgress, stepOfRoute } from './flowInProgress'

/**
 * The situation on screen as a URL: scenario, step (of the screen the browser is on, or the one
 * last prepared), persona, clock and faults. Opened in another browser it prepares the same
 * step, so the address of this page itself (its codes and tickets) is never part of it.
 */
export function useSituationUrl() {
  const simulator = useSimulatorStore()
  const consoleStore = useConsoleStore()
  const route = useRoute()
  const router = useRouter()
  const routeName = computed(() => (typeof route.name === 'string' ? route.name : undefined))

  const flow = computed(() =>
    simulator.state
      ? flowInProgress(FLOWS, simulator.state.scenario, routeName.value, consoleStore.chosenFlowId)
      : undefined,
  )
  const step = computed(() => {
    if (!flow.value) return undefined
    const prepared = consoleStore.preparedStep
    return (
      stepOfRoute(flow.value, routeName.value, prepared?.step) ??
      (prepared?.flowId === flow.value.id ? prepared.step : undefined)
    )
  })

  const url = computed(() => {
    const state = simulator.state
    if (!state) return ''
    const query = situationToQuery({
      scenario: state.scenario,
      ...(flow.value && step.value ? { flow: flow.value.id, step: step.value } : {}),
      persona: state.persona,
      clock: state.clock,
      faults: state.faults,
    })
    return new URL(router.resolve({ path: route.path, query }).href, window.location.href).href
  })

  return { flow, step, url }
}
