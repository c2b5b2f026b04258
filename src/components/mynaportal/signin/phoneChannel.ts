import { onUnmounted, ref } from 'vue'
import type { AppSignInMethod } from '@/contracts/mynaSignIn'

/**
 * What the PC page shows the phone: the login request on screen (what its camera would read from
 * the 2次元バーコード, or what the browser hands the app on the same phone). Kept in localStorage
 * so a phone panel in a second window of the simulator reads it too, and told by its storage event.
 */
export interface ShownRequest {
  requestId: string
  qrText: string
  method: AppSignInMethod
  /** The code is on a PC screen (read by the camera), not handed over on the same phone. */
  byQr: boolean
}

const KEY = 'mhsim:signin:shown'

function parse(text: string | null): ShownRequest | null {
  try {
    const value: unknown = text === null ? null : JSON.parse(text)
    if (!value || typeof value !== 'object') return null
    const shown = value as Partial<ShownRequest>
    return typeof shown.requestId === 'string' && typeof shown.qrText === 'string'
      ? (shown as ShownRequest)
      : null
  } catch {
    return null
  }
}

function read(): ShownRequest | null {
  try {
    return parse(localStorage.getItem(KEY))
  } catch {
    return null
  }
}

export function showRequest(shown: ShownRequest | null): void {
  try {
    if (shown) localStorage.setItem(KEY, JSON.stringify(shown))
    else localStorage.removeItem(KEY)
  } catch {
    // Without storage a second window cannot see it; the panel beside the page still can.
  }
  window.dispatchEvent(new CustomEvent(LOCAL_EVENT))
}

const LOCAL_EVENT = 'mhsim-signin-shown'

/** The request the PC shows now, following it in this window and in others. */
export function useShownRequest() {
  const shown = ref<ShownRequest | null>(read())
  const update = () => (shown.value = read())
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) update()
  }
  window.addEventListener('storage', onStorage)
  window.addEventListener(LOCAL_EVENT, update)
  onUnmounted(() => {
    window.removeEventListener('storage', onStorage)
    window.removeEventListener(LOCAL_EVENT, update)
  })
  return shown
}
