/** The guide as a learner meets it: started from the launcher, read from its panel. */
import { expect } from 'vitest'
import { flowScreens, type FlowDefinition, type FlowScreen, screenOf } from '@/flows'
import { mountApp, screen, userEvent, waitFor, within } from '../support/app'
import { actOn, findTarget, waitForHeading } from '../support/walkFlow'

export function guidePanel(): HTMLElement {
  return screen.getByRole('complementary', { name: 'ガイド' })
}

export function panelText(): string {
  return guidePanel().textContent?.replace(/\s+/g, ' ') ?? ''
}

export async function startGuide(flow: FlowDefinition) {
  const mounted = await mountApp('/')
  await userEvent
    .setup()
    .click(await screen.findByRole('button', { name: `${flow.title}をガイド付きで始める` }))
  await waitForHeading(screenOf(flowScreens(flow)[0]!.screen).title)
  return mounted
}

/** The panel tells this screen's step, and the highlight marks the element the step acts on. */
export async function expectGuideOn(
  flow: FlowDefinition,
  flowScreen: FlowScreen,
  stepNumber: number,
): Promise<void> {
  await waitFor(() => {
    expect(
      within(guidePanel()).getByText(`${flow.shortName} ${stepNumber}/${flow.steps.length}`),
    ).toBeTruthy()
    expect(panelText()).toContain(`「${screenOf(flowScreen).title}」画面`)
    expect(panelText()).toContain(flowScreen.instruction)
    if (flowScreen.target) {
      expect(document.querySelector('[data-guide-target]')).toBe(findTarget(flowScreen.target))
    }
  })
}

/** Acts on screens `from` up to (not including) `to` of the flow, as the manual says. */
export async function walkScreens(flow: FlowDefinition, from: number, to: number): Promise<void> {
  for (const { screen: flowScreen } of flowScreens(flow).slice(from, to)) {
    await waitForHeading(screenOf(flowScreen).title)
    await actOn(flowScreen)
  }
}
