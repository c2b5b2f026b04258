import { ref } from 'vue'

/**
 * Whether a 確認テスト is running in this tab. The app shell reads only
 * this flag before the first screen; the run itself (its store, bar and checks) loads when one is
 * started or resumed, so a visit without one pays a few bytes for it.
 */
export type PracticeKind = 'assessment'

export const RUN_KEYS: Record<PracticeKind, string> = {
  assessment: 'mhsim:assessment-run:v1',
}

function storedKind(): PracticeKind | null {
  try {
    if (sessionStorage.getItem(RUN_KEYS.assessment) !== null) return 'assessment'
  } catch {
    // Blocked storage: nothing to resume.
  }
  return null
}

export const practiceRun = ref<PracticeKind | null>(storedKind())
