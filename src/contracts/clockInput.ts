import { MESSAGES } from './errors'
import { isClockInRange } from './simulator'

/**
 * A time for the simulated clock, as the console and the control surface both read it: an ISO
 * 8601 instant with its zone, on a day the calendar has (Date.parse rolls 2021-02-30 over to
 * March 2 without a word), inside the clock's window. The answer is the instant, or why not.
 */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/

export type ClockInput = { at: number } | { refused: string }

function isCalendarDay(year: number, month: number, day: number): boolean {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth
}

export function readClockInput(text: string): ClockInput {
  const match = INSTANT.exec(text)
  if (!match) return { refused: MESSAGES.clockFormat }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0))
  if (!isCalendarDay(year!, month!, day!)) {
    return { refused: MESSAGES.clockNoSuchDate(`${year}年${month}月${day}日`) }
  }
  const at = Date.parse(text)
  if (hour! > 23 || minute! > 59 || second! > 59 || Number.isNaN(at)) {
    return { refused: MESSAGES.clockFormat }
  }
  return isClockInRange(at) ? { at } : { refused: MESSAGES.clockOutOfRange }
}
