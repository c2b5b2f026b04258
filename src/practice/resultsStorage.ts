import { readResults, resultsDocument, type AttemptResult } from './results'

/**
 * Finished attempts stay in localStorage, across tabs and days, until the trainer clears them.
 * A kept document that cannot be read is never thrown away silently: it is set aside under its
 * own key and the results page says so.
 */
export const RESULTS_KEY = 'mhsim:assessment-results:v1'
export const SET_ASIDE_KEY = 'mhsim:assessment-results:unreadable'

export interface LoadedResults {
  attempts: AttemptResult[]
  problem: string | null
}

export function loadResults(): LoadedResults {
  try {
    const stored = localStorage.getItem(RESULTS_KEY)
    if (stored === null) return { attempts: [], problem: null }
    let value: unknown
    try {
      value = JSON.parse(stored)
    } catch {
      value = undefined
    }
    const read = readResults(value)
    if (read.ok) return { attempts: read.document.attempts, problem: null }
    localStorage.setItem(SET_ASIDE_KEY, stored)
    localStorage.removeItem(RESULTS_KEY)
    return {
      attempts: [],
      problem: `このブラウザーに保存されていた記録を読めませんでした（${read.problem}）。読めなかった内容は別に取っておきました。`,
    }
  } catch {
    return {
      attempts: [],
      problem: 'このブラウザーでは記録を保存できません（ストレージが使えません）。',
    }
  }
}

/** Saves the attempts; false when the browser refuses (storage full or blocked). */
export function saveResults(attempts: AttemptResult[]): boolean {
  try {
    localStorage.setItem(RESULTS_KEY, JSON.stringify(resultsDocument(attempts)))
    return true
  } catch {
    return false
  }
}

export function clearResults(): void {
  try {
    localStorage.removeItem(RESULTS_KEY)
    localStorage.removeItem(SET_ASIDE_KEY)
  } catch {
    // Blocked storage holds nothing to clear.
  }
}
