import { type ClockInput, readClockInput } from '@/contracts/clockInput'
import { MESSAGES } from '@/contracts/errors'

/**
 * The simulated clock as a trainer types it: Japan time without a zone, "2021-09-22T10:00:00"
 * (what <input type="datetime-local"> gives and what reads well in a shared URL). Japan has no
 * daylight saving time, so the offset is a constant.
 */
const JST_OFFSET_MS = 9 * 60 * 60_000
// Browsers may add seconds and milliseconds ("…T10:00:15.000"); the clock keeps seconds.
const LOCAL_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/

export function toJstLocal(iso: string): string {
  return new Date(Date.parse(iso) + JST_OFFSET_MS).toISOString().slice(0, 19)
}

/** The Japan time typed, with Japan's offset, as the clock reads it; null when not that shape. */
export function zonedJstLocal(local: string): string | null {
  if (!LOCAL_PATTERN.test(local)) return null
  const withSeconds = local.length === 16 ? `${local}:00` : local.slice(0, 19)
  return `${withSeconds}+09:00`
}

/** The Japan time typed, checked as the control surface checks it (a real day, in the window). */
export function readJstLocal(local: string): ClockInput {
  const zoned = zonedJstLocal(local)
  return zoned ? readClockInput(zoned) : { refused: MESSAGES.clockFormat }
}

/** An ISO instant for the Japan time typed, or null when the clock would not take it. */
export function fromJstLocal(local: string): string | null {
  const input = readJstLocal(local)
  return 'at' in input ? new Date(input.at).toISOString() : null
}
