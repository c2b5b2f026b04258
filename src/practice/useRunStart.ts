import { useRoute, useRouter } from 'vue-router'
import type { WalkableFlow } from '@/flows'
import { useGuideStore } from '@/stores/guide'
import { useSimulatorStore } from '@/stores/simulator'
import type { RunContext } from './attemptSchema'
import { runContext } from './runContext'

/**
 * Starts a task of a practice run on its flow's situation while keeping what the trainer console
 * has set (faults, persona, clock): the servers load the flow's scenario, then the browser opens
 * the flow's first screen. A running guide ends, since the learner works without a coach.
 */
export function useRunStart() {
  const simulator = useSimulatorStore()
  const guide = useGuideStore()
  const route = useRoute()
  const router = useRouter()

  async function context(): Promise<RunContext> {
    if (!simulator.state) await simulator.refresh()
    return runContext(simulator.state!, route.query)
  }

  async function open(flow: WalkableFlow): Promise<void> {
    if (guide.state) guide.stop()
    const state = simulator.state!
    await simulator.applySituation({
      scenario: flow.scenario,
      persona: state.persona,
      clock: state.clock,
      faults: state.faults,
    })
    await router.push(flow.startPath)
  }

  return { context, open }
}
