import { defineStore, type Pinia } from 'pinia'
import { markRaw } from 'vue'
import { helloworkApi } from './hellowork'
import type { ApiClient } from './http'
import { mynaportalApi } from './mynaportal'
import { simulatorApi } from './simulator'

/**
 * The client of the app a Pinia belongs to, handed over when the app is built. The app's Pinia
 * holds it rather than the Vue app's provide: the first navigation's guards make the stores
 * before the app is mounted, where nothing provided can be injected, while every store, guard
 * and screen of one app reaches that app's Pinia. Two apps in one page never share a client.
 */
const useClientHolder = defineStore('api-client', () => {
  // Not state: a client is behaviour, never serialised, compared or shown in the devtools.
  const holder = markRaw<{ client?: ApiClient }>({})
  return { holder }
})

export function setApiClient(pinia: Pinia, client: ApiClient): void {
  useClientHolder(pinia).holder.client = client
}

/** The client of the app whose store, guard or screen asks. */
export function useApiClient(): ApiClient {
  const { client } = useClientHolder().holder
  if (!client) throw new Error('No API client: build the app with createSimulatorApp()')
  return client
}

export const useHelloworkApi = () => helloworkApi(useApiClient())
export const useMynaportalApi = () => mynaportalApi(useApiClient())
export const useSimulatorApi = () => simulatorApi(useApiClient())
