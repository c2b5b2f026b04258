import type { Router } from 'vue-router'
import type { FlowDefinition } from '@/flows'
import type { useGuideStore } from '@/stores/guide'

/** Starts (or starts again) a flow in guide mode from its situation, as the launcher's はじめる does. */
export async function startGuidedFlow(
  flow: FlowDefinition,
  guide: ReturnType<typeof useGuideStore>,
  router: Router,
): Promise<void> {
  guide.start(flow.id)
  await router.push({ path: flow.startPath, query: { scenario: flow.scenario } })
}
