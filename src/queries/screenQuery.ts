import { useQuery, type EntryKey } from '@pinia/colada'
import { computed, reactive } from 'vue'
import { MESSAGES } from '@/contracts/errors'
import { ApiError, isRetryable } from '@/api/http'

/**
 * How every screen's data is cached. Each visit asks the server again (the console, the other
 * site's back channel and the clock change data the page cannot see), showing what it had meanwhile.
 * No focus or reconnect refetches: each would be a request in 「画面の裏側」 that no step made.
 */
const SCREEN_QUERY = {
  staleTime: 0,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const

const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError(0, 'network', MESSAGES.network)

/**
 * What one screen loads, as a Pinia Colada query: `data` is the last answer to this same question
 * (null until the first), kept on screen while the next is on its way; a new question (another job,
 * another search) starts empty. `request` is shaped as a server action's, so the screen shows the
 * wait, the failure and 再試行 as it does for its actions: asking again hides the last failure.
 */
export function useScreenQuery<Data>(options: () => { key: EntryKey; query: () => Promise<Data> }) {
  const query = useQuery(() => ({ ...SCREEN_QUERY, ...options() }))
  const pending = computed(() => query.isLoading.value)
  const error = computed(() =>
    pending.value || !query.error.value ? null : asApiError(query.error.value),
  )
  const ask = async () => void (await query.refetch())
  const request = reactive({
    pending,
    error,
    retryable: computed(() => error.value !== null && isRetryable(error.value)),
    run: ask,
    retry: ask,
  })
  return { data: computed(() => query.data.value ?? null), request }
}
