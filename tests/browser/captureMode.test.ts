import { afterAll, describe, expect, it } from 'vitest'
import { FLOWS, SITUATIONS } from '@/flows'
import { NEVER_SHOWN, PRACTICE_HINT_TEXT, SIMULATOR_ONLY_TEXT } from '../support/simulatorOnlyText'
import { baseUrl, closeBrowser, walkFlow, watchedPage } from './support/page'

afterAll(closeBrowser)

const SIMULATOR_ONLY = [
  ...SIMULATOR_ONLY_TEXT.map((e) => e.text),
  ...PRACTICE_HINT_TEXT.map((e) => e.text),
  ...NEVER_SHOWN,
  '練習用',
]

/** Every screen of every flow and path in capture mode, as the screenshot generator opens them. */
describe('capture mode in Chromium', () => {
  it.each([...FLOWS, ...SITUATIONS].map((flow) => [flow.id, flow] as const))(
    '%s: no screen shows what is there only because this is a simulator',
    async (_id, flow) => {
      const { page } = await watchedPage({ width: 390 })
      await page.goto(`${baseUrl()}${flow.startPath}?scenario=${flow.scenario}&capture=1`)
      const found: Record<string, string[]> = {}
      await walkFlow(page, flow, async (screen) => {
        const text = await page.locator('body').innerText()
        const shown = SIMULATOR_ONLY.filter((t) => text.includes(t))
        if (shown.length) found[screen.slug] = shown
      })
      expect(found).toEqual({})
      await page.context().close()
    },
  )
})

describe('Japanese line breaking at 390 wide', () => {
  it('keeps 年間休日数 on one line and starts no line with ー', async () => {
    const { page } = await watchedPage({ width: 390 })
    await page.goto(`${baseUrl()}/myna/?capture=1`)
    // A narrow box of the site's own styles: the phrase must not be split, nor ー begin a line.
    const lines = await page.evaluate(() => {
      const box = document.createElement('td')
      box.style.cssText = 'display:block;width:10em;font-size:16px'
      box.textContent =
        '週休二日制:毎週 年間休日数:120日 マイナンバーカードをカードリーダーにセット'
      document.querySelector('main')!.append(box)
      const range = document.createRange()
      const text = box.firstChild!
      const tops: Record<number, string> = {}
      for (let i = 0; i < text.textContent!.length; i++) {
        range.setStart(text, i)
        range.setEnd(text, i + 1)
        const top = Math.round(range.getBoundingClientRect().top)
        tops[top] = (tops[top] ?? '') + text.textContent![i]
      }
      return Object.values(tops)
    })
    expect(lines.some((line) => line.includes('年間休日数'))).toBe(true)
    expect(lines.filter((line) => /^[ー）」』]/.test(line.trim()))).toEqual([])
    await page.context().close()
  })
})
