import * as v from 'valibot'
import type { Attempt, AttemptEvent, StepTally } from './attempt'
import type { PassRule } from './results'
import { findTask } from './tasks'

const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const time = v.pipe(v.number(), v.finite(), v.minValue(0))

const StepSchema: v.GenericSchema<unknown, StepTally> = v.object({
  number: count,
  ms: time,
  mistakes: count,
  hints: count,
})
const EventSchema: v.GenericSchema<unknown, AttemptEvent> = v.object({
  at: time,
  step: count,
  kind: v.picklist(['off-route', 'went-back', 'refused', 'no-effect', 'hint']),
  text: v.pipe(v.string(), v.maxLength(1000)),
})

const AttemptSchema: v.GenericSchema<unknown, Attempt> = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    taskId: v.custom<Attempt['taskId']>((id) => findTask(id) !== undefined),
    learner: v.pipe(v.string(), v.maxLength(200)),
    screenIndex: count,
    hintDegree: v.pipe(count, v.maxValue(3)),
    steps: v.array(StepSchema),
    events: v.pipe(v.array(EventSchema), v.maxLength(2000)),
    startedAt: time,
    shownAt: v.nullable(time),
    finishedAt: v.nullable(time),
    resumed: count,
  }),
  v.check((attempt) => {
    const flow = findTask(attempt.taskId)!.flow
    const screens = flow.steps.reduce((sum, step) => sum + step.screens.length, 0)
    return attempt.screenIndex < screens && attempt.steps.length === flow.steps.length
  }),
)

export interface RunContext {
  era: string | null
  signIn: string | null
  situation: string
}

export interface AssessmentRun {
  attempt: Attempt
  rule: PassRule
  context: RunContext
}

export const AssessmentRunSchema: v.GenericSchema<unknown, AssessmentRun> = v.object({
  attempt: AttemptSchema,
  rule: v.object({ maxHints: count, maxMistakes: v.nullable(count) }),
  context: v.object({
    era: v.nullable(v.pipe(v.string(), v.maxLength(100))),
    signIn: v.nullable(v.pipe(v.string(), v.maxLength(100))),
    situation: v.pipe(v.string(), v.maxLength(4000)),
  }),
})
