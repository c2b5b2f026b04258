import { screenOf } from '../../src/flows'
import { entriesOf, type Manual } from './model'

/**
 * The step list as the government's rules for machine-readable data files want it: UTF-8 with
 * a BOM (so Excel reads it as UTF-8), one header row, one row per screen, no merged cells,
 * CRLF line ends and RFC 4180 quoting.
 */
const HEADER = [
  'フロー',
  '手順番号',
  '画面見出し',
  '手順の説明',
  '操作する要素',
  '図番号',
  'PCの図',
  'スマートフォンの図',
]

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

export function renderCsv(manual: Manual): string {
  const rows = entriesOf(manual).map((e) => [
    e.flow.title,
    e.stepLabel,
    screenOf(e.screen).title,
    e.screen.instruction,
    e.element,
    e.figure.label,
    // Paths from the manual's folder: names alone repeat between flows.
    e.figure.files.pc ?? '',
    e.figure.files.sp ?? '',
  ])
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}
