import { afterAll, describe, expect, it } from 'vitest'
import { FLOWS, SITUATIONS, flowScreens, screenOf } from '@/flows'
import { axeViolations, focusAndAnnouncement, headingOutline } from './support/a11y'
import { baseUrl, closeBrowser, walkFlow, watchedPage } from './support/page'

afterAll(closeBrowser)

const WIDTHS = { pc: 1280, sp: 390 } as const

/**
 * Every flow of the manual, walked in Chromium by its visible labels at PC and smartphone width.
 * On each screen: axe (WCAG 2.1 AA) finds nothing, the headings are in order, and after a route
 * change the focus is on the page's h1 and the page was announced.
 */
describe.each(Object.entries(WIDTHS))('every flow at %s width', (_name, width) => {
  it.each([...FLOWS, ...SITUATIONS].map((flow) => [flow.title, flow] as const))(
    '%s: walks by labels; accessible, announced and quiet on every screen',
    async (_title, flow) => {
      const { page, offLoopback, consoleErrors } = await watchedPage({ width })
      await page.goto(`${baseUrl()}${flow.startPath}?scenario=${flow.scenario}`)
      const seen: string[] = []
      const findings: Record<string, unknown> = {}
      let previousRoute = ''
      await walkFlow(page, flow, async (screen) => {
        seen.push(screenOf(screen).title)
        const violations = await axeViolations(page)
        const { skips } = await headingOutline(page)
        if (violations.length || skips.length)
          findings[screenOf(screen).title] = { violations, skips }
        if (screen.routeName === previousRoute) {
          // Refused on the same screen: the focus goes to the message, not back to the heading.
          await page.waitForFunction(
            (text) => document.activeElement?.textContent?.includes(text),
            screen.shows!,
          )
        } else if (previousRoute) {
          await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
          const { focused, announced } = await focusAndAnnouncement(page)
          expect(focused).toBe(`h1 ${screenOf(screen).title}`)
          expect(announced.join(' ')).toContain('のページを表示しました')
        }
        previousRoute = screen.routeName
      })

      expect(seen).toEqual(flowScreens(flow).map(({ screen }) => screenOf(screen).title))
      expect(findings).toEqual({})
      expect(offLoopback).toEqual([])
      expect(consoleErrors).toEqual([])
      await page.context().close()
    },
  )
})
