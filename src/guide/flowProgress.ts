import { flowScreens, type WalkableFlow } from '@/flows'

/**
 * How far a learner has come through a flow, decided only by what the app reached after the mock
 * server answered: the next screen's route, or the message a screen shows. Guide mode and the
 * 確認テスト both follow a flow with these two functions, so a step is done in each of them at
 * the same moment.
 */

/** A route the app has just shown. */
export interface Arrival {
  routeName: string
  title: string
  /** Screens that only forward a request (route meta `transitional`) or the simulator's own. */
  passThrough: boolean
}

export type ArrivalOutcome = 'stay' | 'advanced' | 'finished' | 'went-back' | 'off-route'

export interface Progress<Outcome> {
  outcome: Outcome
  screenIndex: number
}

export function followArrival(
  flow: WalkableFlow,
  screenIndex: number,
  arrival: Arrival,
): Progress<ArrivalOutcome> {
  const screens = flowScreens(flow)
  const expected = screens[screenIndex]
  const stay = { outcome: 'stay', screenIndex } as const
  if (!expected || arrival.passThrough || arrival.routeName === expected.screen.routeName) {
    return stay
  }
  const ahead = screens.findIndex(
    (entry, index) => index > screenIndex && entry.screen.routeName === arrival.routeName,
  )
  if (ahead >= 0) {
    return { outcome: ahead === screens.length - 1 ? 'finished' : 'advanced', screenIndex: ahead }
  }
  const behind = screens
    .slice(0, screenIndex)
    .map((entry): string => entry.screen.routeName)
    .lastIndexOf(arrival.routeName)
  if (behind >= 0) return { outcome: 'went-back', screenIndex: behind }
  return { outcome: 'off-route', screenIndex }
}

/**
 * The screen showed an error (role="alert"). It is the step's outcome when the flow's next screen
 * is this same screen showing that message (a path that ends on a refusal, such as a locked
 * PIN); otherwise the server, or the form, refused what the learner did.
 */
export function followAlert(
  flow: WalkableFlow,
  screenIndex: number,
  message: string,
): Progress<'advanced' | 'finished' | 'refused'> {
  const screens = flowScreens(flow)
  const expected = screens[screenIndex]
  const next = screens[screenIndex + 1]
  if (
    expected &&
    next?.screen.shows !== undefined &&
    next.screen.routeName === expected.screen.routeName &&
    message.includes(next.screen.shows)
  ) {
    const index = screenIndex + 1
    return { outcome: index === screens.length - 1 ? 'finished' : 'advanced', screenIndex: index }
  }
  return { outcome: 'refused', screenIndex }
}
