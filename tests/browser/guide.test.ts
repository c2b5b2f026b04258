/**
 * The guide panel on a phone, where it takes up to 40% of the screen: when a step is refused, the
 * error summary the page moves focus to stays in sight (WCAG 2.4.11), wherever the step's target is.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { linkFlow } from '@/flows'
import { baseUrl, closeBrowser, expectHeading, watchedPage } from './support/page'

afterAll(closeBrowser)

describe('the guide at 390 wide', () => {
  it('docks away from the error summary a refused PIN moves focus to', async () => {
    const { page, context, offLoopback, consoleErrors } = await watchedPage({ width: 390 })
    try {
      await page.goto(`${baseUrl()}/`)
      await page
        .getByRole('button', { name: `${linkFlow.title}をガイド付きで始める`, exact: true })
        .click()
      await expectHeading(page, 'マイナポータル')
      await page.getByRole('link', { name: 'ログイン', exact: true }).first().click()
      await expectHeading(page, 'ログイン')
      await page.getByLabel('暗証番号（数字4桁）', { exact: false }).fill('9999')
      await page.getByRole('button', { name: 'ログイン', exact: true }).click()

      const summary = page.locator('main [role="alert"]').first()
      await expect
        .poll(() => summary.evaluate((alert) => alert === document.activeElement))
        .toBe(true)
      const panel = page.getByRole('complementary', { name: 'ガイド' })
      await expect.poll(() => panel.textContent()).toContain('操作は受け付けられませんでした')
      // Measured once the panel has settled where it docks.
      await expect
        .poll(async () => {
          const [alertBox, panelBox] = await Promise.all([
            summary.boundingBox(),
            panel.boundingBox(),
          ])
          if (!alertBox || !panelBox) return 'not measured'
          const apart =
            alertBox.y + alertBox.height <= panelBox.y || panelBox.y + panelBox.height <= alertBox.y
          return apart ? 'apart' : 'overlapping'
        })
        .toBe('apart')
      expect(offLoopback).toEqual([])
      expect(consoleErrors).toEqual([])
    } finally {
      await context.close()
    }
  })
})
