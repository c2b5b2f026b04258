/**
 * How scripts/lib/chromium.ts launches the browser: Chromium reads one --disable-features, and it
 * must keep every name Playwright's own carries; and a new context loads no address-bar popups,
 * which a headless window never shows.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { closeBrowser, openBrowser } from './support/page'

afterAll(closeBrowser)

describe('the launched Chromium', () => {
  it('keeps every feature Playwright turns off in the last --disable-features, the one Chromium reads', async () => {
    const page = await (await openBrowser()).newPage()
    try {
      await page.goto('chrome://version')
      const commandLine = (await page.locator('#command_line').textContent()) ?? ''
      const lists = commandLine
        .split(/\s+/)
        .filter((arg) => arg.startsWith('--disable-features='))
        .map((arg) => arg.slice('--disable-features='.length).split(','))
      expect(lists.length).toBeGreaterThanOrEqual(2)
      const effective = lists.at(-1)!
      for (const earlier of lists.slice(0, -1)) {
        expect(effective).toEqual(expect.arrayContaining(earlier))
      }
      expect(effective).toEqual(
        expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']),
      )
    } finally {
      await page.close()
    }
  })

  it('opens a browser context with only its page: no address-bar popup renderers', async () => {
    const browser = await openBrowser()
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto('about:blank')
      // Chromium builds the popups, when it does, within a moment of the context.
      await page.waitForTimeout(500)
      const cdp = await browser.newBrowserCDPSession()
      const { targetInfos } = await cdp.send('Target.getTargets')
      expect(targetInfos.filter((target) => target.url.startsWith('chrome://'))).toEqual([])
    } finally {
      await context.close()
    }
  })
})
