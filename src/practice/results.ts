import * as v from 'valibot'

/**
 * A finished 確認テスト as it is kept, exported and imported. The file a trainer exports is the
 * same document the browser keeps, so results collected from several PCs are imported as they
 * were saved. `version` changes whenever a field changes meaning.
 */

export const RESULTS_FORMAT = 'mhsim-assessment-results'
export const RESULTS_VERSION = 1

const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const ms = v.pipe(v.number(), v.finite(), v.minValue(0))
const text = (max: number) => v.pipe(v.string(), v.maxLength(max))
const instant = v.pipe(v.string(), v.isoTimestamp())

const PassRuleSchema = v.object({ maxHints: count, maxMistakes: v.nullable(count) })

const StepResultSchema = v.object({
  number: v.pipe(count, v.minValue(1)),
  title: text(200),
  ms,
  mistakes: count,
  hints: count,
})

export const AttemptResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  learner: text(200),
  taskId: text(100),
  task: text(500),
  startedAt: instant,
  finishedAt: instant,
  /** The simulator's clock when the attempt ended, as an ISO instant; null if it could not be read. */
  simulatedAt: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  era: v.nullable(text(100)),
  signIn: v.nullable(text(100)),
  /** The situation's settings as a query string (scenario, faults, persona, clock, labels). */
  situation: text(4000),
  totalMs: ms,
  mistakes: count,
  hints: count,
  resumed: count,
  rule: PassRuleSchema,
  passed: v.boolean(),
  steps: v.pipe(v.array(StepResultSchema), v.minLength(1), v.maxLength(20)),
})

export type PassRule = v.InferOutput<typeof PassRuleSchema>
export type StepResult = v.InferOutput<typeof StepResultSchema>
export type AttemptResult = v.InferOutput<typeof AttemptResultSchema>

const ResultsDocumentSchema = v.object({
  format: v.literal(RESULTS_FORMAT),
  version: v.literal(RESULTS_VERSION),
  attempts: v.pipe(v.array(AttemptResultSchema), v.maxLength(5000)),
})

export type ResultsDocument = v.InferOutput<typeof ResultsDocumentSchema>

export function resultsDocument(attempts: AttemptResult[]): ResultsDocument {
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, attempts }
}

export function passes(rule: PassRule, mistakes: number, hints: number): boolean {
  return hints <= rule.maxHints && (rule.maxMistakes === null || mistakes <= rule.maxMistakes)
}

export function ruleText(rule: PassRule): string {
  const mistakes = rule.maxMistakes === null ? '' : `、まちがい${rule.maxMistakes}回まで`
  return `ヒント${rule.maxHints}回まで${mistakes}で合格`
}

/** Why a document is not a results file, in words a trainer can act on; null when it is one. */
export function readResults(
  value: unknown,
): { ok: true; document: ResultsDocument } | { ok: false; problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: '中身が確認テストの結果の形ではありません' }
  }
  const { format, version } = value as Record<string, unknown>
  if (format !== RESULTS_FORMAT) {
    return { ok: false, problem: '確認テストの結果ファイルではありません（形式名がありません）' }
  }
  if (version !== RESULTS_VERSION) {
    return {
      ok: false,
      problem: `版 ${String(version)} の結果ファイルは読めません（このシミュレーターは版 ${RESULTS_VERSION}）`,
    }
  }
  const parsed = v.safeParse(ResultsDocumentSchema, value)
  if (parsed.success) return { ok: true, document: parsed.output }
  const issue = parsed.issues[0]
  const where = issue.path?.map((item) => String(item.key)).join('.') ?? ''
  return { ok: false, problem: `記録の項目「${where || '全体'}」が正しくありません` }
}

/** Attempts already kept stay; new ids are added, in the order they finished. */
export function mergeAttempts(kept: AttemptResult[], added: AttemptResult[]): AttemptResult[] {
  const byId = new Map(kept.map((attempt) => [attempt.id, attempt]))
  for (const attempt of added) if (!byId.has(attempt.id)) byId.set(attempt.id, attempt)
  return [...byId.values()].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))
}
