/**
 * Walks a flow definition (src/flows) on the mounted app the way a person follows the manual:
 * on each screen, wait for its heading, type the inputs into the fields by label, and click the
 * target by role and name, found as the guide finds it. The same definition drives the guide and
 * the screenshot generator, so a screen that drifts from the manual fails here.
 */
import { expect } from 'vitest'
import type { FlowInput, FlowScreen, FlowTarget, WalkableFlow } from '@/flows'
import { flowScreens, screenOf } from '@/flows'
import { findFlowTargets } from '@/guide/findGuideTarget'
import { screen, userEvent, waitFor } from './app'

export function heading(): string {
  return screen.getByRole('heading', { level: 1 }).textContent?.trim() ?? ''
}

export async function waitForHeading(expected: string, timeoutMs = 4000): Promise<void> {
  await waitFor(() => expect(heading()).toBe(expected), timeoutMs)
}

/** The one element the target names, found as the guide finds it; none or several fail. */
export function findTarget(target: FlowTarget): HTMLElement {
  const found = findFlowTargets(target, document.body)
  if (found.length !== 1) {
    const where = target.within ?? target.inDialog
    throw new Error(
      `${found.length} ${target.role}s named 「${target.name}」${where ? ` in 「${where}」` : ''}`,
    )
  }
  return found[0]!
}

/** The value to type: the definition's, or the one the screen shows (a mailed one-time code). */
function valueOf(input: FlowInput): string {
  if (!input.readFrom) return input.value
  const shown = screen.getByRole('region', { name: input.readFrom }).textContent ?? ''
  const found = shown.match(new RegExp(`\\d{${input.value.length}}`))
  if (!found) throw new Error(`no ${input.value.length}-digit value in 「${input.readFrom}」`)
  return found[0]
}

export async function actOn(flowScreen: FlowScreen): Promise<void> {
  const user = userEvent.setup()
  for (const input of flowScreen.inputs ?? []) {
    // A form may first fetch what it needs (a CSRF token) and show its fields after; a person
    // waits for the field, and so does the walker.
    const field = await screen.findByLabelText(input.label, { exact: false })
    await user.clear(field)
    await user.type(field, valueOf(input))
  }
  if (flowScreen.target) {
    let target: HTMLElement | undefined
    await waitFor(() => {
      target = findTarget(flowScreen.target!)
      expect(target).not.toHaveProperty('disabled', true)
    })
    await user.click(target!)
  }
}

/** Every screen of the flow in order; `onScreen` runs on each before acting on it. */
export async function walkFlow(
  flow: WalkableFlow,
  onScreen: (flowScreen: FlowScreen, stepNumber: number) => void | Promise<void> = () => {},
): Promise<void> {
  for (const { step, screen: flowScreen } of flowScreens(flow)) {
    await waitForHeading(screenOf(flowScreen).title)
    if (flowScreen.shows) {
      const shows = flowScreen.shows
      await waitFor(() => expect(screen.getAllByText(shows, { exact: false })).not.toHaveLength(0))
    }
    await onScreen(flowScreen, step.number)
    await actOn(flowScreen)
  }
}
