import { summarize, type Summary } from './summary'

export type Unit = 'ms' | 'ratio' | 'kB' | 's' | 'MB' | 'score'

export type Budget = CeilingBudget | FloorBudget

export interface FloorBudget {
  /** Lighthouse's scores: every run of every page at least this. */
  on: 'min'
  atLeast: number
}

export interface CeilingBudget {
  /** Which statistic the budget is about. */
  on: 'median' | 'p95'
  /** At most this much (every budget is a ceiling but Lighthouse's). */
  atMost: number
  /**
   * Only figures that do not depend on the machine's speed have one: above it the run fails
   * (bytes, and cold-load ratios more than 25% over their budget).
   */
  failAbove?: number
}

export interface Figure {
  id: string
  label: string
  unit: Unit
  samples: number[]
  budget?: Budget
  /** A figure that could not be measured here, and why. */
  notMeasured?: string
  budgetText?: string
}

export type Verdict = 'ok' | 'over budget' | 'under budget' | 'FAIL' | '—' | 'not measured'

export function statsOf(figure: Figure): Summary | undefined {
  return figure.samples.length ? summarize(figure.samples) : undefined
}

export function verdictOf(figure: Figure): Verdict {
  const stats = statsOf(figure)
  if (figure.notMeasured || !stats) return 'not measured'
  const { budget } = figure
  if (!budget) return '—'
  const value = stats[budget.on]
  if (budget.on === 'min') return value < budget.atLeast ? 'under budget' : 'ok'
  if (budget.failAbove !== undefined && value > budget.failAbove) return 'FAIL'
  return value > budget.atMost ? 'over budget' : 'ok'
}

const DIGITS: Record<Unit, number> = { ms: 1, ratio: 2, kB: 1, s: 3, MB: 2, score: 0 }
const SUFFIX: Record<Unit, string> = {
  ms: ' ms',
  ratio: '×',
  kB: ' kB',
  s: ' s',
  MB: ' MB',
  score: '',
}

export function formatValue(value: number, unit: Unit): string {
  return `${value.toFixed(DIGITS[unit])}${SUFFIX[unit]}`
}

export function budgetText(figure: Figure): string {
  if (figure.budgetText) return figure.budgetText
  const { budget } = figure
  if (!budget) return ''
  if (budget.on === 'min') return `every run ≥ ${formatValue(budget.atLeast, figure.unit)}`
  const on = budget.on === 'p95' ? 'p95 ' : ''
  // The exact limit (1.4375×), not rounded to the figure's digits.
  const limit = budget.failAbove && `${Number(budget.failAbove.toFixed(4))}${SUFFIX[figure.unit]}`
  const fails = limit ? ` (fail > ${limit})` : ''
  return `${on}≤ ${formatValue(budget.atMost, figure.unit)}${fails}`
}
