import { flowScreens, screenOf, type FlowDefinition, type FlowId } from '@/flows'
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

/** A route the app has just shown. */
export interface Arrival {
  routeName: string
  title: string
  /** Screens that only forward a request (route meta `transitional`) or the launcher. */
  passThrough: boolean
}

export type ArrivalOutcome = 'stay' | 'advanced' | 'finished' | 'went-back' | 'off-route'

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
  const screens = flowScreens(flow)
  const expected = screens[state.screenIndex]
  if (state.finishedAt !== null || !expected) return { state, outcome: 'stay' }
  if (arrival.passThrough || arrival.routeName === expected.screen.routeName) {
    return { state, outcome: 'stay' }
  }
  const ahead = screens.findIndex(
    (entry, index) => index > state.screenIndex && entry.screen.routeName === arrival.routeName,
  )
  if (ahead >= 0) {
    const finished = ahead === screens.length - 1
    const next = { ...state, screenIndex: ahead, hint: null, finishedAt: finished ? now : null }
    return { state: next, outcome: finished ? 'finished' : 'advanced' }
  }
  const behind = screens
    .slice(0, state.screenIndex)
    .map((entry): string => entry.screen.routeName)
    .lastIndexOf(arrival.routeName)
  const mistakes = state.mistakes + 1
  if (behind >= 0) {
    const hint = wentBackHint(screenOf(expected.screen).title, arrival.title)
    return { state: { ...state, screenIndex: behind, mistakes, hint }, outcome: 'went-back' }
  }
  const heading = screenOf(expected.screen).title
  const hint = offRouteHint(arrival.title, expected.step, heading)
  return { state: { ...state, mistakes, hint }, outcome: 'off-route' }
}

/** The screen showed an error (role="alert"): the server, or the form, refused the action. */
export function refuse(state: GuideState, flow: FlowDefinition, message: string): GuideState {
  const expected = flowScreens(flow)[state.screenIndex]
  if (state.finishedAt !== null || !expected) return state
  const hint = refusedHint(message, expected.screen.target?.name)
  return { ...state, mistakes: state.mistakes + 1, hint }
}
