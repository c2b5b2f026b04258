import * as v from 'valibot'
import type { SequenceEntry } from '@/contracts/sequence'
import { count, instant, isoInstant, text } from './schemaParts'

/** The shape the sequence recorder's stored log must have to be read (shared/persistence.ts). */
export interface SequenceLog {
  /** A new one each time the log starts (first use, after a reset). */
  epoch: string
  nextId: number
  entries: SequenceEntry[]
}

const party = v.picklist(['browser', 'simulator', 'mynaportal', 'hellowork'])

const entry = v.object({
  id: count,
  startedAt: instant,
  at: isoInstant,
  from: party,
  to: v.picklist(['mynaportal', 'hellowork']),
  method: text,
  endpoint: text,
  path: text,
  screen: v.optional(text),
  status: v.pipe(count, v.maxValue(999)),
  event: text,
  outcome: v.picklist(['success', 'failure']),
  code: v.optional(text),
  injected: v.optional(v.boolean()),
  latencyMs: v.optional(v.pipe(v.number(), v.minValue(0))),
  request: v.record(text, text),
  response: v.record(text, text),
})

export const sequenceLogSchema: v.GenericSchema<unknown, SequenceLog> = v.object({
  epoch: text,
  nextId: count,
  entries: v.array(entry),
})

export const epochSchema = text
