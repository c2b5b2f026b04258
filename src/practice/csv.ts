/**
 * CSV as spreadsheet software on a trainer's PC opens it: UTF-8 with a byte-order mark (Excel
 * reads Japanese correctly only then), CRLF line ends, one header row, every field that needs
 * it quoted, with its quotes doubled.
 */
const BOM = '\uFEFF'

/**
 * A leading =, +, - or @ would be run as a formula by the spreadsheet: such a field gets a
 * leading apostrophe, which the spreadsheet shows as plain text.
 */
function field(value: string | number | boolean | null): string {
  if (value === null) return ''
  const text = String(value)
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/** Seconds with one decimal, as a spreadsheet sorts them. */
export const seconds = (ms: number) => Math.round(ms / 100) / 10
