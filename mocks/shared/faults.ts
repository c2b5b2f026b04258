import type { FaultSetting } from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { defineDocument } from './persistence'

/** Failures and latency a trainer or prototyper injects, per server and optionally per endpoint. */
type FaultTable = Record<SiteKey, FaultSetting>

export const NO_FAULT: FaultSetting = { mode: 'none', endpoints: [], latencyMs: 0 }

const faultDocument = defineDocument<FaultTable>('faults')

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
