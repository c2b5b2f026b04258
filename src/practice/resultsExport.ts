import { seconds, toCsv } from './csv'
import { resultsDocument, ruleText, type AttemptResult } from './results'

const HEADER = [
  '受験者',
  '課題',
  '判定',
  '合格の条件',
  '開始（実際の日時）',
  '終了（実際の日時）',
  'シミュレーター内の日時',
  '画面の時代',
  'サインイン方法',
  '手順',
  '手順の画面',
  '手順の時間（秒）',
  '手順のまちがい',
  '手順のヒント',
  '全体の時間（秒）',
  '全体のまちがい',
  '全体のヒント',
  '再読み込みからの再開',
  '状況',
  '記録ID',
]

/** One row per attempt and step, every cell filled in (no merged cells to sort around). */
export function resultsCsv(attempts: AttemptResult[]): string {
  const rows = attempts.flatMap((attempt) =>
    attempt.steps.map((step) => [
      attempt.learner,
      attempt.task,
      attempt.passed ? '合格' : 'もう一度',
      ruleText(attempt.rule),
      attempt.startedAt,
      attempt.finishedAt,
      attempt.simulatedAt,
      attempt.era,
      attempt.signIn,
      step.number,
      step.title,
      seconds(step.ms),
      step.mistakes,
      step.hints,
      seconds(attempt.totalMs),
      attempt.mistakes,
      attempt.hints,
      attempt.resumed,
      attempt.situation,
      attempt.id,
    ]),
  )
  return toCsv(HEADER, rows)
}

export function resultsJson(attempts: AttemptResult[]): string {
  return `${JSON.stringify(resultsDocument(attempts), null, 2)}\n`
}
