import type { FlowDefinition, FlowId } from '@/flows'

/**
 * Which flow the trainer is in, and at which step, from what the app knows: the flow chosen in
 * the console (or by a reset), the loaded scenario (a flow only runs in its own) and the screen
 * the browser is on.
 */
export function stepOfRoute(
  flow: FlowDefinition,
  routeName: string | undefined,
  atOrAfter = 1,
): number | undefined {
  if (!routeName) return undefined
  const steps = flow.steps.filter((s) => s.screens.some((screen) => screen.routeName === routeName))
  return (steps.find((s) => s.number >= atOrAfter) ?? steps[0])?.number
}

export function flowInProgress(
  flows: FlowDefinition[],
  scenario: string,
  routeName: string | undefined,
  chosen: FlowId | null,
): FlowDefinition | undefined {
  const inScenario = flows.filter((flow) => flow.scenario === scenario)
  const onScreen = inScenario.filter((flow) => stepOfRoute(flow, routeName) !== undefined)
  const preferChosen = (list: FlowDefinition[]) => list.find((f) => f.id === chosen) ?? list[0]
  return preferChosen(onScreen) ?? preferChosen(inScenario)
}
