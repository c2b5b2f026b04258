import { shallowRef } from 'vue'
import { useServerAction } from './useServerAction'

/**
 * What one screen loads for itself, kept by that screen alone: `data` is null until the answer,
 * and again from the start of every new load, so a screen never shows the answer to an earlier
 * question (another job's details, the last search) while the next one is on its way.
 */
export function useScreenData<Data>(fetch: () => Promise<Data>) {
  const data = shallowRef<Data | null>(null)
  const request = useServerAction(async () => {
    data.value = null
    data.value = await fetch()
  })
  return { data, request }
}
