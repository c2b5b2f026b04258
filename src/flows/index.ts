import { linkFlow } from './link'
import { mismatchFlow } from './mismatch'
import { ssoFlow } from './sso'
import type { FlowDefinition, FlowId } from './types'

export * from './types'
export { linkFlow, mismatchFlow, ssoFlow }

export const FLOWS: FlowDefinition[] = [linkFlow, ssoFlow, mismatchFlow]

export function findFlow(id: FlowId): FlowDefinition | undefined {
  return FLOWS.find((flow) => flow.id === id)
}

/** Every screen of a flow in order, each with its step, for walking it start to finish. */
export function flowScreens(flow: FlowDefinition) {
  return flow.steps.flatMap((step) => step.screens.map((screen) => ({ step, screen })))
}
