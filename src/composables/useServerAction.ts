import { computed, reactive, ref, shallowRef } from 'vue'
import { MESSAGES } from '@/contracts/errors'
import { ApiError, isRetryable } from '@/api/http'

/**
 * One request a screen makes, with what the screen shows about it: pending (buttons disabled, so
 * a double click sends one request), the error in the servers' one shape, and 再試行 that repeats
 * the same call. Failures become state here so views stay declarative. One reactive object, so a
 * template reads `action.pending`; the error stays the plain ApiError the server's answer made.
 */
export function useServerAction<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result>,
) {
  const pending = ref(false)
  const error = shallowRef<ApiError | null>(null)
  let lastArgs: Args | undefined

  async function run(...args: Args): Promise<Result | undefined> {
    if (pending.value) return undefined
    pending.value = true
    error.value = null
    lastArgs = args
    try {
      return await action(...args)
    } catch (caught) {
      error.value =
        caught instanceof ApiError ? caught : new ApiError(0, 'network', MESSAGES.network)
      return undefined
    } finally {
      pending.value = false
    }
  }

  const retry = () => (lastArgs ? run(...lastArgs) : Promise.resolve(undefined))
  const fieldErrors = computed(() => error.value?.fields ?? {})
  const retryable = computed(() => error.value !== null && isRetryable(error.value))

  function clearError() {
    error.value = null
  }

  return reactive({ run, retry, pending, error, fieldErrors, retryable, clearError })
}
