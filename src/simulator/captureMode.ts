import { ref } from 'vue'

/**
 * Capture mode (`?capture=1`), for the screenshot generator: the page holds still (no
 * transitions, animations or caret) and shows only the simulated sites, without the simulator's
 * own chrome (demo bar, guide, console button). It lasts for the tab's session, so the in-app
 * navigations of a flow keep it; `?capture=0` ends it.
 */
const STORAGE_KEY = 'mhsim:capture'

function storedSetting(): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === 'on'
  } catch {
    // Storage can be blocked (privacy settings, file://); capture mode then lasts one page.
    return false
  }
}

const captureOn = ref(storedSetting())

/** Reactive: a template or computed that asks re-renders when the mode changes. */
export function isCaptureMode(): boolean {
  return captureOn.value
}

/** `1`/`on`/`true` turn it on, `0`/`off`/`false` off; anything else leaves it as it is. */
export function parseCaptureParameter(value: unknown): boolean | undefined {
  const text = Array.isArray(value) ? value.at(-1) : value
  if (typeof text !== 'string') return undefined
  if (['1', 'on', 'true'].includes(text)) return true
  if (['0', 'off', 'false'].includes(text)) return false
  return undefined
}

export function setCaptureMode(on: boolean): void {
  captureOn.value = on
  try {
    if (on) sessionStorage.setItem(STORAGE_KEY, 'on')
    else sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    // See storedSetting: without storage the mode still applies to this page.
  }
  if (on) document.documentElement.dataset.capture = 'on'
  else delete document.documentElement.dataset.capture
}

/** The address's query; the offline build's hash history keeps it after the `#` instead. */
function addressQuery(): string {
  const inHash = window.location.hash.split('?')[1] ?? ''
  return `${window.location.search}&${inHash}`
}

/**
 * Runs before the app mounts, so the first frame is already still. The router's guard handles the
 * parameter again on in-app navigations and drops it from the address.
 */
export function installCaptureMode(search: string = addressQuery()): void {
  const requested = parseCaptureParameter(new URLSearchParams(search).get('capture'))
  setCaptureMode(requested ?? storedSetting())
}
