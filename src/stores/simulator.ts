import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  ClockRequest,
  FaultSetting,
  PersonaSetting,
  SimulatorStateBody,
  SituationRequest,
} from '@/contracts/simulator'
import type { SiteKey } from '@/contracts/sites'
import { isApiError } from '@/api/http'
import { useSimulatorApi } from '@/api/appClient'
import { useHelloworkStore } from './hellowork'
import { useMynaportalStore } from './mynaportal'

/**
 * The simulator's own state: the loaded scenario, the clock, faults and persona, and a notice for
 * the launcher. The launcher and the trainer console change it through these actions.
 */
export const useSimulatorStore = defineStore('simulator', () => {
  const api = useSimulatorApi()
  const state = ref<SimulatorStateBody | null>(null)
  const notice = ref<{ kind: 'info' | 'error'; text: string } | null>(null)

  async function refresh() {
    state.value = await api.state()
  }

  /** Loads a preset into both servers; the sites' stores forget what they knew. */
  async function loadScenario(name: string): Promise<boolean> {
    try {
      state.value = await api.loadScenario(name)
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

  /**
   * A whole situation (scenario, step, persona, clock, faults) at once; answers where the
   * prepared step is. Failures are thrown for the caller to show where the trainer looks.
   */
  async function applySituation(request: SituationRequest): Promise<string | undefined> {
    const body = await api.applySituation(request)
    state.value = body.state
    useMynaportalStore().$reset()
    useHelloworkStore().$reset()
    return body.location
  }

  async function setFault(site: SiteKey, setting: FaultSetting) {
    state.value = await api.setFault({ site, setting })
  }

  async function setClock(request: ClockRequest) {
    state.value = await api.setClock(request)
  }

  async function setPersona(persona: PersonaSetting) {
    state.value = await api.setPersona(persona)
  }

  function $reset() {
    state.value = null
    notice.value = null
  }

  return {
    state,
    notice,
    refresh,
    loadScenario,
    applySituation,
    setFault,
    setClock,
    setPersona,
    $reset,
  }
})
