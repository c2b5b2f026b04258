import { flowScreens, screenOf, type WalkableFlow } from '@/flows'
import { followAlert, followArrival, type Arrival } from '@/guide/flowProgress'

/**
 * The 確認テスト's accounting, per step of the flow definition: the time the learner spent on it
 * (from its screen being shown to the server confirming the step, the moment guide mode moves
 * on), what went wrong there and how many hints were asked. Pure: every function takes the real
 * clock's `now` (clock.ts) and returns a new attempt.
 */

export type WrongKind = 'off-route' | 'went-back' | 'refused' | 'no-effect'

export interface StepTally {
  number: number
  ms: number
  mistakes: number
  hints: number
}

export interface AttemptEvent {
  /** ms since the attempt started. */
  at: number
  step: number
  kind: WrongKind | 'hint'
  text: string
}

export interface Attempt {
  id: string
  taskId: WalkableFlow['id']
  learner: string
  screenIndex: number
  /** The hint degree reached on the current screen: 0 none, 1 words, 2 where, 3 outlined. */
  hintDegree: number
  steps: StepTally[]
  events: AttemptEvent[]
  startedAt: number
  /** When the screen the learner is on was shown; null before the first screen. */
  shownAt: number | null
  finishedAt: number | null
  /** Reloads the attempt was resumed across. */
  resumed: number
}

export function newAttempt(flow: WalkableFlow, learner: string, id: string, now: number): Attempt {
  return {
    id,
    taskId: flow.id,
    learner,
    screenIndex: 0,
    hintDegree: 0,
    steps: flow.steps.map((step) => ({ number: step.number, ms: 0, mistakes: 0, hints: 0 })),
    events: [],
    startedAt: now,
    shownAt: null,
    finishedAt: null,
    resumed: 0,
  }
}

const stepNumberAt = (flow: WalkableFlow, index: number) =>
  flowScreens(flow)[index]?.step.number ?? 1

function tally(attempt: Attempt, stepNumber: number, change: Partial<StepTally>): StepTally[] {
  return attempt.steps.map((step) =>
    step.number === stepNumber
      ? {
          ...step,
          ms: step.ms + (change.ms ?? 0),
          mistakes: step.mistakes + (change.mistakes ?? 0),
          hints: step.hints + (change.hints ?? 0),
        }
      : step,
  )
}

/** The time on the screen being left goes to its step; the next screen is shown from `now`. */
function moveTo(attempt: Attempt, flow: WalkableFlow, index: number, now: number): Attempt {
  const spent = attempt.shownAt === null ? 0 : now - attempt.shownAt
  const steps = tally(attempt, stepNumberAt(flow, attempt.screenIndex), { ms: spent })
  const last = index === flowScreens(flow).length - 1
  return {
    ...attempt,
    steps,
    screenIndex: index,
    hintDegree: 0,
    shownAt: last ? null : now,
    finishedAt: last ? now : null,
  }
}

function wrong(attempt: Attempt, flow: WalkableFlow, kind: WrongKind, text: string, now: number) {
  const step = stepNumberAt(flow, attempt.screenIndex)
  return {
    ...attempt,
    steps: tally(attempt, step, { mistakes: 1 }),
    events: [...attempt.events, { at: now - attempt.startedAt, step, kind, text }],
  }
}

export function arriveAt(
  attempt: Attempt,
  flow: WalkableFlow,
  arrival: Arrival,
  now: number,
): Attempt {
  if (attempt.finishedAt !== null) return attempt
  const expected = flowScreens(flow)[attempt.screenIndex]
  const { outcome, screenIndex } = followArrival(flow, attempt.screenIndex, arrival)
  if (outcome === 'stay') {
    const shown = expected && arrival.routeName === expected.screen.routeName
    return shown && attempt.shownAt === null ? { ...attempt, shownAt: now } : attempt
  }
  if (outcome === 'advanced' || outcome === 'finished')
    return moveTo(attempt, flow, screenIndex, now)
  const heading = expected ? screenOf(expected.screen).title : ''
  if (outcome === 'went-back') {
    const back = wrong(
      attempt,
      flow,
      'went-back',
      `「${heading}」から「${arrival.title}」へ戻った`,
      now,
    )
    return moveTo(back, flow, screenIndex, now)
  }
  return wrong(attempt, flow, 'off-route', `手順にない「${arrival.title}」を開いた`, now)
}

/** An error the screen showed: a refusal, or the message a path ends on. */
export function alertShown(
  attempt: Attempt,
  flow: WalkableFlow,
  message: string,
  now: number,
): Attempt {
  if (attempt.finishedAt !== null) return attempt
  const { outcome, screenIndex } = followAlert(flow, attempt.screenIndex, message)
  if (outcome !== 'refused') return moveTo(attempt, flow, screenIndex, now)
  return wrong(attempt, flow, 'refused', `受け付けられなかった：${message}`, now)
}

/** A click on a button or link that led nowhere: no new screen and no message. */
export function clickedWithoutEffect(
  attempt: Attempt,
  flow: WalkableFlow,
  name: string,
  now: number,
): Attempt {
  if (attempt.finishedAt !== null) return attempt
  return wrong(attempt, flow, 'no-effect', `「${name}」を押したが先へ進まなかった`, now)
}

export const MAX_HINT_DEGREE = 3

/** One more degree of hint on this screen; nothing once the element is already outlined. */
export function askHint(attempt: Attempt, flow: WalkableFlow, now: number): Attempt {
  if (attempt.finishedAt !== null || attempt.hintDegree >= MAX_HINT_DEGREE) return attempt
  const step = stepNumberAt(flow, attempt.screenIndex)
  const hintDegree = attempt.hintDegree + 1
  return {
    ...attempt,
    hintDegree,
    steps: tally(attempt, step, { hints: 1 }),
    events: [
      ...attempt.events,
      { at: now - attempt.startedAt, step, kind: 'hint', text: `ヒント ${hintDegree}段階目` },
    ],
  }
}

/**
 * The page was reloaded in the middle. The time the reload took stays on the step (the learner
 * waited through it), and the result says the attempt was resumed.
 */
export function resumeAfterReload(attempt: Attempt): Attempt {
  return attempt.finishedAt === null ? { ...attempt, resumed: attempt.resumed + 1 } : attempt
}

export const totalOf = (attempt: Attempt, key: 'mistakes' | 'hints') =>
  attempt.steps.reduce((sum, step) => sum + step[key], 0)
