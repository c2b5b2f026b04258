import { ref } from 'vue'

/**
 * Capture mode (`?capture=1`), for the screenshot generator: the page holds still (no
 * transitions, animations or caret) and shows only the simulated sites as the real ones look,
 * without anything that is there only because this is a simulator (demo bar, guide, console
 * button, practice markers and secrets). `&hints=1` keeps the practice secrets (PIN, practice
 * account) for a figure that should show them. Both last for the tab's session, so the in-app
 * navigations of a flow keep them; `?capture=0` ends capture mode and its hints.
 */
const STORAGE_KEY = 'mhsim:capture'
const HINTS_ON = 'on+hints'

function storedSetting(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage can be blocked (privacy settings, file://); capture mode then lasts one page.
    return null
  }
}

const captureOn = ref(storedSetting() !== null)
const hintsOn = ref(storedSetting() === HINTS_ON)

/** Reactive: a template or computed that asks re-renders when the mode changes. */
export function isCaptureMode(): boolean {
  return captureOn.value
}

/** Practice secrets are on screen outside capture mode, and in it when asked for (`hints=1`). */
export function showsPracticeHints(): boolean {
  return !captureOn.value || hintsOn.value
}

/** `1`/`on`/`true` turn it on, `0`/`off`/`false` off; anything else leaves it as it is. */
export function parseCaptureParameter(value: unknown): boolean | undefined {
  const text = Array.isArray(value) ? value.at(-1) : value
  if (typeof text !== 'string') return undefined
  if (['1', 'on', 'true'].includes(text)) return true
  if (['0', 'off', 'false'].includes(text)) return false
  return undefined
}

/** Hints are a setting of capture mode: turning it off forgets them. */
export function setCaptureMode(on: boolean, practiceHints = on && hintsOn.value): void {
  captureOn.value = on
  hintsOn.value = on && practiceHints
  try {
    if (on) sessionStorage.setItem(STORAGE_KEY, hintsOn.value ? HINTS_ON : 'on')
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // See storedSetting: without storage the mode still applies to this page.
  }
  if (on) document.documentElement.dataset.capture = 'on'
  else delete document.documentElement.dataset.capture
}

/**
 * `capture` and `hints` of an address's query, applied: `hints` alone changes the hints of a
 * capture mode already on, and means nothing outside it.
 */
export function applyCaptureQuery(capture: unknown, hints: unknown): void {
  const requested = parseCaptureParameter(capture) ?? captureOn.value
  setCaptureMode(requested, parseCaptureParameter(hints) ?? (requested && hintsOn.value))
}

/** The address's query; the offline build's hash history keeps it after the `#` instead. */
function addressQuery(): string {
  const inHash = window.location.hash.split('?')[1] ?? ''
  return `${window.location.search}&${inHash}`
}

/**
 * Runs before the app mounts, so the first frame is already still. The router's guard handles the
 * parameters again on in-app navigations and drops them from the address.
 */
export function installCaptureMode(search: string = addressQuery()): void {
  const stored = storedSetting()
  captureOn.value = stored !== null
  hintsOn.value = stored === HINTS_ON
  const query = new URLSearchParams(search)
  applyCaptureQuery(query.get('capture'), query.get('hints'))
}
