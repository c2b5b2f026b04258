import { flowScreens, screenOf, type FlowDefinition, type FlowId } from '@/flows'
import { followArrival, type Arrival, type ArrivalOutcome } from './flowProgress'
import { offRouteHint, refusedHint, wentBackHint } from './guideText'

/**
 * Where a learner is in a guided flow. It moves only on what the app reached after the mock server
 * answered (the next screen's route, or an error on the screen), never on a click, so a refused
 * PIN or an injected failure leaves the learner on the same step with a hint.
 */
export interface GuideState {
  flowId: FlowId
  /** Index into flowScreens(flow): steps with several screens (①) are guided screen by screen. */
  screenIndex: number
  mistakes: number
  hint: string | null
  /** Real clock, in ms: a trainer times the learner, not the simulated day. */
  startedAt: number
  finishedAt: number | null
  collapsed: boolean
}

export type { Arrival, ArrivalOutcome }

export function newGuide(flowId: FlowId, now: number): GuideState {
  return {
    flowId,
    screenIndex: 0,
    mistakes: 0,
    hint: null,
    startedAt: now,
    finishedAt: null,
    collapsed: false,
  }
}

export function arrive(
  state: GuideState,
  flow: FlowDefinition,
  arrival: Arrival,
  now: number,
): { state: GuideState; outcome: ArrivalOutcome } {
  const expected = flowScreens(flow)[state.screenIndex]
  if (state.finishedAt !== null || !expected) return { state, outcome: 'stay' }
  const { outcome, screenIndex } = followArrival(flow, state.screenIndex, arrival)
  if (outcome === 'stay') return { state, outcome }
  if (outcome === 'advanced' || outcome === 'finished') {
    const finishedAt = outcome === 'finished' ? now : null
    return { state: { ...state, screenIndex, hint: null, finishedAt }, outcome }
  }
  const mistakes = state.mistakes + 1
  const heading = screenOf(expected.screen).title
  if (outcome === 'went-back') {
    const hint = wentBackHint(heading, arrival.title)
    return { state: { ...state, screenIndex, mistakes, hint }, outcome }
  }
  const hint = offRouteHint(arrival.title, expected.step, heading)
  return { state: { ...state, mistakes, hint }, outcome }
}

/** The screen showed an error (role="alert"): the server, or the form, refused the action. */
export function refuse(state: GuideState, flow: FlowDefinition, message: string): GuideState {
  const expected = flowScreens(flow)[state.screenIndex]
  if (state.finishedAt !== null || !expected) return state
  const hint = refusedHint(message, expected.screen.target?.name)
  return { ...state, mistakes: state.mistakes + 1, hint }
}
