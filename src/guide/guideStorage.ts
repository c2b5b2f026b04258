import { findFlow, flowScreens, type FlowId } from '@/flows'
import type { GuideState } from './guideState'

/**
 * The guide lives in the tab's sessionStorage: a reload resumes the same step, and another tab
 * (another learner at the same PC) starts without it.
 */
const STORAGE_KEY = 'mhsim:guide:v1'

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/**
 * The stored document, if it is one the guide could have saved: a flow the app has, a screen
 * of that flow, counts and times that can be. Checked without a schema library, since the
 * guide's store is read before the first screen and the library is not loaded by then.
 */
function parseGuideState(value: unknown): GuideState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const { flowId, screenIndex, mistakes, hint, startedAt, finishedAt, collapsed } = value as Record<
    keyof GuideState,
    unknown
  >
  // findFlow matches the id against the flows themselves: `constructor` names none.
  const flow = typeof flowId === 'string' ? findFlow(flowId as FlowId) : undefined
  const fits =
    flow !== undefined &&
    isCount(screenIndex) &&
    screenIndex < flowScreens(flow).length &&
    isCount(mistakes) &&
    (hint === null || typeof hint === 'string') &&
    isTime(startedAt) &&
    (finishedAt === null || (isTime(finishedAt) && finishedAt >= startedAt)) &&
    typeof collapsed === 'boolean'
  return fits
    ? { flowId: flow.id, screenIndex, mistakes, hint, startedAt, finishedAt, collapsed }
    : null
}

export function loadGuideState(): GuideState | null {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY)
    if (stored === null) return null
    const state = parseJson(stored)
    // A document the guide cannot follow goes, alone: the rest of the tab's storage stays.
    if (!state) sessionStorage.removeItem(STORAGE_KEY)
    return state
  } catch {
    // Blocked storage: start without a guide rather than fail the page.
    return null
  }
}

function parseJson(text: string): GuideState | null {
  try {
    return parseGuideState(JSON.parse(text))
  } catch {
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
