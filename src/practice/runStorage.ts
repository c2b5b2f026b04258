import * as v from 'valibot'
import { RUN_KEYS, type PracticeKind } from './runFlag'

/**
 * A running 確認テスト lives in the tab's sessionStorage, as guide mode
 * does: a reload resumes it, another tab starts without it. What is read back is checked against
 * the schema; a document that does not fit goes, alone, and the run is not resumed.
 */
export function loadRun<T>(kind: PracticeKind, schema: v.GenericSchema<unknown, T>): T | null {
  try {
    const stored = sessionStorage.getItem(RUN_KEYS[kind])
    if (stored === null) return null
    const parsed = v.safeParse(schema, parseJson(stored))
    if (parsed.success) return parsed.output
    sessionStorage.removeItem(RUN_KEYS[kind])
  } catch {
    // Blocked storage: nothing to resume.
  }
  return null
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export function saveRun(kind: PracticeKind, run: unknown): void {
  try {
    if (run === null) sessionStorage.removeItem(RUN_KEYS[kind])
    else sessionStorage.setItem(RUN_KEYS[kind], JSON.stringify(run))
  } catch {
    // Blocked storage: the run goes on, it just will not survive a reload.
  }
}
