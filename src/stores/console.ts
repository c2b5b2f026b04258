import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { DataEdit, ServerDataBody } from '@/contracts/serverData'
import { useSimulatorApi } from '@/api/appClient'
import type { FlowDefinition, FlowId } from '@/flows'
import { useSimulatorStore } from './simulator'

export type ConsoleSection = 'situation' | 'faults' | 'persona' | 'data' | 'sequence'

/**
 * The trainer console: whether it is open and on which section, the flow the trainer is working
 * with, the step last prepared, and both servers' data as last read. The situation itself (scenario,
 * clock, faults, persona) is the simulator store's; the console only changes it.
 */
export const useConsoleStore = defineStore('console', () => {
  const api = useSimulatorApi()
  const open = ref(false)
  const section = ref<ConsoleSection>('situation')
  /** Chosen in the console or by a reset; otherwise the flow is guessed from scenario and screen. */
  const chosenFlowId = ref<FlowId | null>(null)
  const preparedStep = ref<{ flowId: FlowId; step: number } | null>(null)
  /** A shared URL that could not be reproduced: the console opens to say so. */
  const problem = ref<string | null>(null)
  const data = ref<ServerDataBody | null>(null)
  /** Bumped to open the current screen anew (App keys its RouterView on it) after a reset. */
  const resets = ref(0)

  function show(to?: ConsoleSection) {
    open.value = true
    if (to) section.value = to
  }

  function hide() {
    open.value = false
  }

  function chooseFlow(flowId: FlowId) {
    chosenFlowId.value = flowId
  }

  /**
   * Reset to a step, keeping the persona, the clock and the faults the trainer set: the server
   * walks the flow to it and answers where its screen is; the caller opens it.
   */
  async function resetToStep(flow: FlowDefinition, step: number): Promise<string | undefined> {
    const simulator = useSimulatorStore()
    const current = simulator.state
    const location = await simulator.applySituation({
      scenario: flow.scenario,
      flow: flow.id,
      step,
      ...(current
        ? { persona: current.persona, clock: current.clock, faults: current.faults }
        : {}),
    })
    chosenFlowId.value = flow.id
    preparedStep.value = { flowId: flow.id, step }
    problem.value = null
    data.value = null
    return location
  }

  async function loadData() {
    data.value = await api.serverData()
  }

  async function editData(edit: DataEdit) {
    data.value = await api.editData(edit)
  }

  function reportProblem(message: string) {
    problem.value = message
    show('situation')
  }

  function $reset() {
    open.value = false
    section.value = 'situation'
    chosenFlowId.value = null
    preparedStep.value = null
    problem.value = null
    data.value = null
  }

  return {
    open,
    section,
    chosenFlowId,
    preparedStep,
    problem,
    data,
    resets,
    show,
    hide,
    chooseFlow,
    resetToStep,
    loadData,
    editData,
    reportProblem,
    $reset,
  }
})
