import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { SimulatorStateBody } from '@/contracts/simulator'
import { isApiError } from '@/api/http'
import { simulatorApi } from '@/api/simulator'
import { useHelloworkStore } from './hellowork'
import { useMynaportalStore } from './mynaportal'

/** The simulator's own state: the loaded scenario, the clock, and a notice for the launcher. */
export const useSimulatorStore = defineStore('simulator', () => {
  const state = ref<SimulatorStateBody | null>(null)
  const notice = ref<{ kind: 'info' | 'error'; text: string } | null>(null)

  async function refresh() {
    state.value = await simulatorApi.state()
  }

  /** Loads a preset into both servers; the sites' stores forget what they knew. */
  async function loadScenario(name: string): Promise<boolean> {
    try {
      state.value = await simulatorApi.loadScenario(name)
    } catch (error) {
      notice.value = {
        kind: 'error',
        text: isApiError(error) ? error.message : `シナリオ「${name}」を読み込めませんでした。`,
      }
      return false
    }
    useMynaportalStore().$reset()
    useHelloworkStore().$reset()
    const title = state.value.scenarios.find((s) => s.name === name)?.title ?? name
    notice.value = { kind: 'info', text: `シナリオ「${title}」を読み込みました。` }
    return true
  }

  function $reset() {
    state.value = null
    notice.value = null
  }

  return { state, notice, refresh, loadScenario, $reset }
})
