import { findFlow } from '@/flows'
import type { GuideState } from './guideState'

/**
 * The guide lives in the tab's sessionStorage: a reload resumes the same step, and another tab
 * (another learner at the same PC) starts without it.
 */
const STORAGE_KEY = 'mhsim:guide:v1'

function isGuideState(value: unknown): value is GuideState {
  const state = value as Partial<GuideState> | null
  return (
    typeof state?.flowId === 'string' &&
    findFlow(state.flowId) !== undefined &&
    typeof state.screenIndex === 'number' &&
    typeof state.mistakes === 'number' &&
    typeof state.startedAt === 'number'
  )
}

export function loadGuideState(): GuideState | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
    return isGuideState(value) ? value : null
  } catch {
    // Unreadable or blocked storage: start without a guide rather than fail the page.
    return null
  }
}

export function saveGuideState(state: GuideState | null): void {
  try {
    if (state) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state))
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // Blocked storage: the guide still works, it just will not survive a reload.
  }
}
