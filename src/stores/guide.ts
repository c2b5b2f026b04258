import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { findFlow, flowScreens, type FlowId } from '@/flows'
import { arrive, newGuide, refuse, type Arrival, type GuideState } from '@/guide/guideState'
import { loadGuideState, saveGuideState } from '@/guide/guideStorage'
import { stepAnnouncement, summaryText } from '@/guide/guideText'

/**
 * Guide mode: which flow the learner follows, on which screen, and what the aria-live region
 * says. The state is saved on every change, so a reload resumes where the learner was.
 */
export const useGuideStore = defineStore('guide', () => {
  const state = ref<GuideState | null>(loadGuideState())
  const announcement = ref('')
  watch(state, saveGuideState, { deep: true })

  const flow = computed(() => (state.value ? findFlow(state.value.flowId) : undefined))
  const current = computed(() =>
    flow.value && state.value ? flowScreens(flow.value)[state.value.screenIndex] : undefined,
  )
  const finished = computed(() => state.value?.finishedAt != null)

  function announceStep() {
    if (!flow.value || !state.value) return
    announcement.value = finished.value
      ? summaryText(flow.value, elapsedMs(), state.value.mistakes)
      : stepAnnouncement(flow.value, state.value.screenIndex)
  }

  function elapsedMs(now = Date.now()): number {
    if (!state.value) return 0
    return (state.value.finishedAt ?? now) - state.value.startedAt
  }

  function start(flowId: FlowId) {
    state.value = newGuide(flowId, Date.now())
    announceStep()
  }

  function arriveAt(arrival: Arrival) {
    if (!state.value || !flow.value) return
    const result = arrive(state.value, flow.value, arrival, Date.now())
    if (result.outcome === 'stay') return
    state.value = result.state
    if (result.outcome === 'advanced' || result.outcome === 'finished') announceStep()
    else announcement.value = result.state.hint ?? ''
  }

  function refuseAction(message: string) {
    if (!state.value || !flow.value) return
    state.value = refuse(state.value, flow.value, message)
    announcement.value = state.value.hint ?? ''
  }

  /**
   * For the trainer console's "reset to step N": the learner is put there on purpose, so it is
   * neither progress nor a mistake.
   */
  function goToStep(stepNumber: number) {
    if (!state.value || !flow.value) return
    const index = flowScreens(flow.value).findIndex((entry) => entry.step.number === stepNumber)
    if (index < 0) return
    state.value = { ...state.value, screenIndex: index, hint: null, finishedAt: null }
    announceStep()
  }

  function setCollapsed(collapsed: boolean) {
    if (state.value) state.value.collapsed = collapsed
  }

  function stop() {
    state.value = null
    announcement.value = 'ガイドを終了しました。'
  }

  return {
    state,
    announcement,
    flow,
    current,
    finished,
    elapsedMs,
    start,
    arriveAt,
    refuseAction,
    goToStep,
    setCollapsed,
    stop,
  }
})
