import { computed, ref, watch, type Ref } from 'vue'
import { useMynaportalApi } from '@/api/appClient'
import { ApiError, isApiError } from '@/api/http'
import { MESSAGES } from '@/contracts/errors'
import { pinErrors } from '@/contracts/validation'
import type { ShownRequest } from './phoneChannel'

/**
 * The Mynaportal app's screens on the simulated phone, as a small state machine: read the code
 * (or take the request handed over on the same phone), the PIN, the card's touch (or the
 * biometric check of the card on the phone), done. Every step is the server's answer; a refusal
 * says why and, where the request is spent, offers to start again.
 */
export type PhoneScreen =
  'idle' | 'scan' | 'handoff' | 'pin' | 'touch' | 'biometric' | 'done' | 'error'

export function usePhoneApp(shown: Ref<ShownRequest | null>, cardId: Ref<string>) {
  const mynaportalApi = useMynaportalApi()
  const screen = ref<PhoneScreen>('idle')
  const pin = ref('')
  const fieldError = ref('')
  const message = ref('')
  const busy = ref(false)
  let request: { id: string; phoneToken: string; byCertificate: boolean } | null = null
  let handled: string | null = null

  function start(next: ShownRequest | null) {
    request = null
    pin.value = ''
    fieldError.value = ''
    message.value = ''
    handled = next?.requestId ?? null
    screen.value = next ? (next.byQr ? 'scan' : 'handoff') : 'idle'
  }
  // A new request on the PC (コードを更新, a reload) starts the app again, unless it is mid-way.
  watch(
    shown,
    (next) => {
      if (next?.requestId === handled) return
      if (!['pin', 'touch', 'biometric'].includes(screen.value)) {
        start(next)
      }
    },
    { immediate: true },
  )

  async function step(action: () => Promise<void>) {
    if (busy.value) return
    busy.value = true
    message.value = ''
    try {
      await action()
    } catch (caught) {
      const error =
        caught instanceof ApiError ? caught : new ApiError(0, 'network', MESSAGES.network)
      refused(error)
    } finally {
      busy.value = false
    }
  }

  function refused(error: ApiError) {
    message.value = error.message
    if (isApiError(error, 'pin_incorrect', 'validation')) {
      fieldError.value = error.fields?.pin ?? error.message
      pin.value = ''
      screen.value = 'pin'
    } else if (!isApiError(error, 'card_not_detected', 'network', 'server_error', 'timeout')) {
      screen.value = 'error'
    }
  }

  /** 「読み取る」 / 「次へ」: the camera reads the code on the PC, or the app takes the request. */
  const read = () =>
    step(async () => {
      const current = shown.value
      if (!current) return
      const answer = await mynaportalApi.readLoginRequest(current.requestId)
      request = {
        id: current.requestId,
        phoneToken: answer.phoneToken,
        byCertificate: answer.method === 'phone-card',
      }
      screen.value = request.byCertificate ? 'biometric' : 'pin'
    })

  function submitPin() {
    fieldError.value = pinErrors(pin.value).pin ?? ''
    message.value = ''
    if (!fieldError.value) screen.value = 'touch'
  }

  /** 「カードをかざす」 or 「顔認証を行う」: the approval the server checks. */
  const approve = () =>
    step(async () => {
      if (!request) return
      await mynaportalApi.approveLoginRequest(request.id, {
        phoneToken: request.phoneToken,
        cardId: cardId.value,
        ...(request.byCertificate ? { biometric: true } : { pin: pin.value }),
      })
      pin.value = ''
      screen.value = 'done'
    })

  const restart = () => start(shown.value)
  const byQr = computed(() => shown.value?.byQr ?? true)

  return { screen, pin, fieldError, message, busy, byQr, read, submitPin, approve, restart }
}
