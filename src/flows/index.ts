import { SCREENS, type Screen } from '@/contracts/screens'
import { linkFlow } from './link'
import { mismatchFlow } from './mismatch'
import { ssoFlow } from './sso'
import { unlinkFlow } from './unlink'
import type { FlowDefinition, FlowId, FlowScreen, WalkableFlow } from './types'

export * from './types'
export { SITUATIONS } from './situations'
export { linkFlow, mismatchFlow, ssoFlow, unlinkFlow }

export const FLOWS: FlowDefinition[] = [linkFlow, unlinkFlow, ssoFlow, mismatchFlow]

export function findFlow(id: FlowId): FlowDefinition | undefined {
  return FLOWS.find((flow) => flow.id === id)
}

/** Every screen of a flow in order, each with its step, for walking it start to finish. */
export function flowScreens(flow: WalkableFlow) {
  return flow.steps.flatMap((step) => step.screens.map((screen) => ({ step, screen })))
}

/** The screen a flow screen is on: its `site`, and its `title`, which is the h1 it shows. */
export function screenOf(flowScreen: FlowScreen): Screen {
  return SCREENS[flowScreen.routeName]
}
