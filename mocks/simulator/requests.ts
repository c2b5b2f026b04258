import * as v from 'valibot'
import { MESSAGES } from '@/contracts/errors'
import type { FaultMode, FaultSetting } from '@/contracts/simulator'
import { isClockInRange, LATENCY_MAX_MS } from '@/contracts/simulator'
import { readClockInput } from '@/contracts/clockInput'
import { isFrozen, now } from '../shared/clock'
import { readJsonObject } from '../shared/jsonBody'
import { asRefusal, refuse } from '../shared/refusal'

/**
 * What the control surface accepts, as valibot schemas over the one body reader: a body that is
 * not a JSON object, or a field of the wrong kind, is a 400 with the message of what to send.
 */
export async function readRequest(request: Request): Promise<Record<string, unknown>> {
  return (
    (await readJsonObject(request)) ??
    refuse(400, 'invalid_request', MESSAGES.controlRequestInvalid)
  )
}

/** Runs a control request; whatever it throws is answered in the servers' one error shape. */
export async function answering(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    return asRefusal(error, 'シミュレーター', '[simulator] control request').toResponse()
  }
}

/** The value as the schema reads it, or the 400 with the first problem's message. */
export function checked<T>(
  schema: v.GenericSchema<unknown, T>,
  value: unknown,
  message: string = MESSAGES.controlRequestInvalid,
): T {
  const parsed = v.safeParse(schema, value, { abortEarly: true, message })
  return parsed.success ? parsed.output : refuse(400, 'invalid_request', parsed.issues[0].message)
}

const FAULT_MODES: FaultMode[] = ['none', 'error', 'timeout', 'maintenance']
// The console checks its fields first and says what to do; these reach only a hand-made request.
export const FAULT_INVALID = '障害の設定が正しくありません。'

export const FAULT_SETTING: v.GenericSchema<unknown, FaultSetting> = v.object({
  mode: v.picklist(FAULT_MODES),
  // Paths that are not strings are left out: what the console lists are strings.
  endpoints: v.optional(
    v.pipe(
      v.array(v.unknown()),
      v.transform((list) => list.filter((path): path is string => typeof path === 'string')),
    ),
    [],
  ),
  latencyMs: v.optional(
    v.pipe(
      v.number(),
      v.finite(),
      v.minValue(0),
      v.maxValue(LATENCY_MAX_MS),
      v.transform(Math.round),
    ),
    0,
  ),
})

export const FAULT_REQUEST = v.object({
  site: v.picklist(['mynaportal', 'hellowork'] as const),
  setting: FAULT_SETTING,
})

/** POST /clock: each part optional; where they lead is checked as a whole (clockTarget). */
export const CLOCK_REQUEST = v.object({
  setTo: v.optional(v.string(MESSAGES.clockFormat)),
  advanceMinutes: v.optional(
    v.pipe(v.number(MESSAGES.clockAdvanceInvalid), v.finite(MESSAGES.clockAdvanceInvalid)),
  ),
  frozen: v.optional(v.boolean(MESSAGES.clockFrozenInvalid)),
})

/**
 * Where POST /clock takes the clock: the time set (a real calendar day, inside the window), then
 * the advance from there; the result must stay inside the window too. Nothing is applied here.
 */
export function clockTarget(body: v.InferOutput<typeof CLOCK_REQUEST>): {
  at: number
  frozen: boolean
} {
  let at = now()
  if (body.setTo !== undefined) {
    const input = readClockInput(body.setTo)
    if ('refused' in input) return refuse(400, 'invalid_request', input.refused)
    at = input.at
  }
  if (body.advanceMinutes !== undefined) {
    at += body.advanceMinutes * 60_000
    if (!isClockInRange(at)) return refuse(400, 'invalid_request', MESSAGES.clockAdvanceOutOfRange)
  }
  return { at, frozen: body.frozen ?? isFrozen() }
}
