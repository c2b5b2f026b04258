import type { SequenceEntry } from '@/contracts/sequence'
import type { FlowDefinition } from '@/flows'
import { stepOfRoute } from '@/components/console/flowInProgress'

export type SteppedEntry = SequenceEntry & { step?: number }

/**
 * The manual's step each request belongs to. A request sent from a screen of the flow belongs to
 * that screen's step; one sent from a forwarding screen (initiation, authorize, callback) and
 * every back-channel call belong to the step whose action set them off — the step before.
 * Requests from screens outside the flow belong to none.
 */
export function assignSteps(
  entries: SequenceEntry[],
  flow: FlowDefinition | undefined,
  isForwarding: (routeName: string) => boolean,
): SteppedEntry[] {
  let current: number | undefined
  return entries.map((entry) => {
    const fromBrowser = entry.from === 'browser' || entry.from === 'simulator'
    if (fromBrowser && entry.screen && !isForwarding(entry.screen)) {
      current = flow ? stepOfRoute(flow, entry.screen, current) : undefined
    }
    return current === undefined ? { ...entry } : { ...entry, step: current }
  })
}
