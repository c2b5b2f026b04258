import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { circled, flowScreens, screenOf } from '@/flows'
import type { Arrival } from '@/guide/flowProgress'
import * as accounting from '@/practice/attempt'
import { AssessmentRunSchema, type AssessmentRun, type RunContext } from '@/practice/attemptSchema'
import { realNow } from '@/practice/clock'
import { passes, type AttemptResult, type PassRule } from '@/practice/results'
import { practiceRun } from '@/practice/runFlag'
import { loadRun, saveRun } from '@/practice/runStorage'
import { findTask } from '@/practice/tasks'

/**
 * The running 確認テスト: one learner, one task, no coach. It follows the flow as guide mode does
 * (flowProgress) and keeps the accounting in attempt.ts; a reload resumes it from the tab's
 * sessionStorage and counts that it did.
 */
export const useAssessmentStore = defineStore('assessment', () => {
  const stored = loadRun('assessment', AssessmentRunSchema)
  const run = ref<AssessmentRun | null>(
    stored && { ...stored, attempt: accounting.resumeAfterReload(stored.attempt) },
  )
  watch(
    run,
    (value) => {
      saveRun('assessment', value)
      if (value) practiceRun.value = 'assessment'
      else if (practiceRun.value === 'assessment') practiceRun.value = null
    },
    { deep: true, immediate: true },
  )

  const task = computed(() => (run.value ? findTask(run.value.attempt.taskId) : undefined))
  const current = computed(() =>
    task.value && run.value
      ? flowScreens(task.value.flow)[run.value.attempt.screenIndex]
      : undefined,
  )
  const finished = computed(() => run.value?.attempt.finishedAt != null)

  function start(taskId: string, learner: string, rule: PassRule, context: RunContext) {
    const chosen = findTask(taskId)
    if (!chosen) return
    const id = crypto.randomUUID()
    run.value = {
      attempt: accounting.newAttempt(chosen.flow, learner, id, realNow()),
      rule,
      context,
    }
  }

  function update(change: (attempt: accounting.Attempt) => accounting.Attempt) {
    if (!run.value || !task.value) return
    run.value = { ...run.value, attempt: change(run.value.attempt) }
  }

  const flow = () => task.value!.flow
  const arrive = (arrival: Arrival) =>
    update((attempt) => accounting.arriveAt(attempt, flow(), arrival, realNow()))
  const alert = (message: string) =>
    update((attempt) => accounting.alertShown(attempt, flow(), message, realNow()))
  const clickedWithoutEffect = (name: string) =>
    update((attempt) => accounting.clickedWithoutEffect(attempt, flow(), name, realNow()))
  const askHint = () => update((attempt) => accounting.askHint(attempt, flow(), realNow()))

  /** The finished attempt as it is kept; `simulatedAt` is the simulator's clock at the end. */
  function result(simulatedAt: string | null): AttemptResult | null {
    const value = run.value
    const finishedAt = value?.attempt.finishedAt
    if (!value || !task.value || finishedAt == null) return null
    const { attempt, rule, context } = value
    const mistakes = accounting.totalOf(attempt, 'mistakes')
    const hints = accounting.totalOf(attempt, 'hints')
    const totalMs = finishedAt - attempt.startedAt
    return {
      id: attempt.id,
      learner: attempt.learner,
      taskId: attempt.taskId,
      task: task.value.text,
      // The page's time origin is a wall-clock instant: these are the real date and time.
      startedAt: new Date(attempt.startedAt).toISOString(),
      finishedAt: new Date(finishedAt).toISOString(),
      simulatedAt,
      era: context.era,
      signIn: context.signIn,
      situation: context.situation,
      totalMs,
      mistakes,
      hints,
      resumed: attempt.resumed,
      rule,
      passed: passes(rule, mistakes, hints),
      steps: attempt.steps.map((step) => {
        const definition = task.value!.flow.steps.find((s) => s.number === step.number)
        const screen = definition?.screens[0]
        const title = screen
          ? `${circled(step.number)} ${screenOf(screen).title}`
          : circled(step.number)
        return { ...step, title }
      }),
    }
  }

  function stop() {
    run.value = null
  }

  return {
    run,
    task,
    current,
    finished,
    start,
    arrive,
    alert,
    clickedWithoutEffect,
    askHint,
    result,
    stop,
  }
})
