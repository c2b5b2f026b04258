import { budgetText, formatValue, statsOf, verdictOf, type Figure } from './figures'

const HEADER = ['figure', 'median', 'p95', 'min', 'max', 'budget', 'verdict']

/** Japanese labels are two columns wide in a terminal; pad by display width. */
function width(text: string): number {
  let total = 0
  for (const char of text) total += /[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1
  return total
}

function pad(text: string, to: number, right = false): string {
  const fill = ' '.repeat(Math.max(to - width(text), 0))
  return right ? fill + text : text + fill
}

export function rowsOf(figures: Figure[]): string[][] {
  return figures.map((figure) => {
    const stats = statsOf(figure)
    const values = stats
      ? [stats.median, stats.p95, stats.min, stats.max].map((v) => formatValue(v, figure.unit))
      : ['—', '—', '—', '—']
    const verdict = verdictOf(figure)
    const said = verdict === 'not measured' && figure.notMeasured ? figure.notMeasured : verdict
    return [figure.label, ...values, budgetText(figure), said]
  })
}

/** A plain-text table; the same rows go into docs/performance.md as Markdown. */
export function renderTable(figures: Figure[]): string {
  const rows = [HEADER, ...rowsOf(figures)]
  const widths = HEADER.map((_, column) => Math.max(...rows.map((row) => width(row[column]!))))
  return rows
    .map((row) =>
      row
        .map((cell, column) => pad(cell, widths[column]!, column >= 1 && column <= 4))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

export function renderMarkdown(figures: Figure[]): string {
  const rows = rowsOf(figures).map((row) => `| ${row.join(' | ')} |`)
  return [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => ' --- ').join('|')}|`, ...rows].join(
    '\n',
  )
}
