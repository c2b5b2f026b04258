import * as v from 'valibot'
import { CLOCK_EARLIEST, CLOCK_LATEST } from '@/contracts/simulator'

/**
 * The pieces the stored documents' schemas are built of. The ranges are sanity bounds, not
 * business rules: they keep a damaged or hand-edited value from reaching arithmetic or
 * formatting that would throw (a date past year 275760) or wait for days.
 */
const YEAR = 366 * 24 * 60 * 60_000

/** A simulated or host instant in ms: the clock's window, with a year's room for expiries. */
export const instant = v.pipe(
  v.number(),
  v.minValue(CLOCK_EARLIEST - YEAR),
  v.maxValue(CLOCK_LATEST + YEAR),
)

export const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

/** Any stored text; longer than this, it was not written by the simulator. */
export const text = v.pipe(v.string(), v.maxLength(4096))

export const isoInstant = v.pipe(v.string(), v.isoTimestamp())

export const secretHash = v.object({ salt: text, hash: text })

export const auditEvent = v.object({
  at: isoInstant,
  type: text,
  outcome: v.picklist(['success', 'failure']),
  code: v.optional(text),
  detail: v.optional(v.record(text, v.union([text, v.number(), v.boolean()]))),
})
