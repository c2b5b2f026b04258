import * as v from 'valibot'
import { isClockInRange } from '@/contracts/simulator'
import { defineDocument } from './persistence'
import { instant } from './schemaParts'

/**
 * The simulated clock both servers read, never the host's: the manual's job posting must still
 * be 有効 and screenshots must come out the same on every run. While running it advances with
 * real time from where it was set; frozen, it stands still until advanced by hand.
 */
export const DEFAULT_SIMULATED_NOW = Date.parse('2021-09-22T10:00:00+09:00')

interface ClockState {
  simulatedAt: number
  /** Host time when simulatedAt was recorded; null while frozen. */
  anchoredAt: number | null
}

/** A stored clock outside the window, or running from a host time that would put it there, is reset. */
const clockSchema: v.GenericSchema<unknown, ClockState> = v.pipe(
  v.object({ simulatedAt: instant, anchoredAt: v.nullable(instant) }),
  v.check(({ simulatedAt, anchoredAt }) =>
    isClockInRange(anchoredAt === null ? simulatedAt : simulatedAt + (Date.now() - anchoredAt)),
  ),
)

const clockDocument = defineDocument('clock', clockSchema, 'clock')

function state(): ClockState {
  return clockDocument.load() ?? { simulatedAt: DEFAULT_SIMULATED_NOW, anchoredAt: null }
}

export function now(): number {
  const { simulatedAt, anchoredAt } = state()
  return anchoredAt === null ? simulatedAt : simulatedAt + (Date.now() - anchoredAt)
}

export function isFrozen(): boolean {
  return state().anchoredAt === null
}

/**
 * A time outside the clock's window (or not a number at all) is never stored, so no request can
 * leave both servers' date arithmetic broken; the control surface checks first and says why.
 */
export function setClock(simulatedAt: number, frozen: boolean): boolean {
  if (!isClockInRange(simulatedAt)) return false
  clockDocument.save({ simulatedAt, anchoredAt: frozen ? null : Date.now() })
  return true
}

export function advanceClock(milliseconds: number): boolean {
  return setClock(now() + milliseconds, isFrozen())
}

export function resetClock(): void {
  setClock(DEFAULT_SIMULATED_NOW, true)
}

export function isoAt(milliseconds: number): string {
  return new Date(milliseconds).toISOString()
}
