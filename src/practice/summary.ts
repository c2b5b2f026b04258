import type { AttemptResult } from './results'

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface StepSummary {
  number: number
  title: string
  medianMs: number | null
  neededHints: number
  hadMistakes: number
}

export interface TaskSummary {
  taskId: string
  task: string
  attempts: number
  passed: number
  learners: number
  steps: StepSummary[]
}

/**
 * The class at a glance, per task: for each step, the median time and how many attempts needed
 * a hint or went wrong there, so the trainer sees which step to teach again.
 */
export function classSummary(attempts: AttemptResult[]): TaskSummary[] {
  const byTask = new Map<string, AttemptResult[]>()
  for (const attempt of attempts) {
    byTask.set(attempt.taskId, [...(byTask.get(attempt.taskId) ?? []), attempt])
  }
  return [...byTask.entries()].map(([taskId, group]) => {
    const numbers = [...new Set(group.flatMap((attempt) => attempt.steps.map((s) => s.number)))]
    const steps = numbers
      .sort((a, b) => a - b)
      .map((number): StepSummary => {
        const rows = group.flatMap((attempt) => attempt.steps.filter((s) => s.number === number))
        return {
          number,
          title: rows[0]?.title ?? '',
          medianMs: median(rows.map((row) => row.ms)),
          neededHints: rows.filter((row) => row.hints > 0).length,
          hadMistakes: rows.filter((row) => row.mistakes > 0).length,
        }
      })
    return {
      taskId,
      task: group[0]!.task,
      attempts: group.length,
      passed: group.filter((attempt) => attempt.passed).length,
      learners: new Set(group.map((attempt) => attempt.learner)).size,
      steps,
    }
  })
}
