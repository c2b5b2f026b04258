import { describe, expect, it } from 'vitest'
import { FLOWS, SITUATIONS, flowScreens } from '@/flows'
import { mountApp } from '../support/app'
import { walkFlow } from '../support/walkFlow'

describe('every flow definition can be walked on the real screens', () => {
  it.each([...FLOWS, ...SITUATIONS].map((flow) => [flow.title, flow] as const))(
    '%s: from its scenario to its last screen, by headings, labels and buttons',
    async (_title, flow) => {
      const { router } = await mountApp(`${flow.startPath}?scenario=${flow.scenario}`)
      const routes: string[] = []
      await walkFlow(flow, () => void routes.push(String(router.currentRoute.value.name)))
      expect(routes).toEqual(flowScreens(flow).map(({ screen }) => screen.routeName))
    },
  )
})
