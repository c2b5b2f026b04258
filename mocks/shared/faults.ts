import * as v from 'valibot'
import { LATENCY_MAX_MS, type FaultSetting } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { defineDocument } from './persistence'
import { text } from './schemaParts'

/** Failures and latency a trainer or prototyper injects, per server and optionally per endpoint. */
type FaultTable = Record<SiteKey, FaultSetting>

export const NO_FAULT: FaultSetting = { mode: 'none', endpoints: [], latencyMs: 0 }

/**
 * Only what the console itself could have set: a latency past its limit or an unknown mode is not
 * obeyed (it could hold every request for days); the whole table is dropped instead.
 */
const settingSchema = v.object({
  mode: v.picklist(['none', 'error', 'timeout', 'maintenance']),
  endpoints: v.pipe(v.array(text), v.maxLength(100)),
  latencyMs: v.pipe(v.number(), v.minValue(0), v.maxValue(LATENCY_MAX_MS)),
})
const faultSchema: v.GenericSchema<unknown, FaultTable> = v.object({
  mynaportal: settingSchema,
  hellowork: settingSchema,
})

const faultDocument = defineDocument('faults', faultSchema, 'faults')

export function faultSettings(): FaultTable {
  return faultDocument.load() ?? { mynaportal: NO_FAULT, hellowork: NO_FAULT }
}

export function setFault(site: SiteKey, setting: FaultSetting): void {
  faultDocument.save({ ...faultSettings(), [site]: setting })
}

export function clearFaults(): void {
  faultDocument.clear()
}

/** The setting that applies to one endpoint (path as declared, e.g. "/connections/:siteId/start"). */
export function faultFor(site: SiteKey, path: string): FaultSetting {
  const setting = faultSettings()[site]
  const applies = setting.endpoints.length === 0 || setting.endpoints.includes(path)
  return applies ? setting : NO_FAULT
}
