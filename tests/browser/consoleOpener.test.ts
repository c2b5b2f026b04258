/**
 * Where the trainer console's button sits: fixed in the bottom-left corner on a wide screen, and
 * on a phone in the room the demo bar keeps for it, so it never covers the site's own buttons.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { baseUrl, closeBrowser, expectHeading, watchedPage } from './support/page'

afterAll(closeBrowser)

describe('the console button', () => {
  it('sits inside the demo bar at 390 wide, over none of the site', async () => {
    const { page, context } = await watchedPage({ width: 390 })
    try {
      await page.goto(`${baseUrl()}/hw/`)
      await expectHeading(page, 'ハローワークインターネットサービス')
      const opener = await page.getByRole('button', { name: 'コンソールを開く' }).boundingBox()
      const bar = await page
        .getByRole('complementary', { name: 'シミュレーターの表示' })
        .boundingBox()
      expect(opener && bar).toBeTruthy()
      expect(opener!.y).toBeGreaterThanOrEqual(bar!.y)
      expect(opener!.y + opener!.height).toBeLessThanOrEqual(bar!.y + bar!.height)
      // The site's own buttons and links are all below the bar.
      const firstSiteControl = await page
        .getByRole('link', { name: 'マイナポータルへ移動する' })
        .boundingBox()
      expect(firstSiteControl!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height)

      await page.getByRole('button', { name: 'コンソールを開く' }).click()
      await expect
        .poll(() => page.getByRole('heading', { name: 'トレーナー用コンソール' }).isVisible())
        .toBe(true)
    } finally {
      await context.close()
    }
  })

  it('stays in the bottom-left corner at 1280 wide, where the page scrolls under it', async () => {
    const { page, context } = await watchedPage({ width: 1280 })
    try {
      await page.goto(`${baseUrl()}/hw/`)
      await expectHeading(page, 'ハローワークインターネットサービス')
      const opener = page.getByRole('button', { name: 'コンソールを開く' })
      expect(await opener.evaluate((button) => getComputedStyle(button).position)).toBe('fixed')
      const box = await opener.boundingBox()
      expect(box!.x).toBeLessThan(40)
      expect(box!.y + box!.height).toBeGreaterThan(800 - 40)
    } finally {
      await context.close()
    }
  })
})
