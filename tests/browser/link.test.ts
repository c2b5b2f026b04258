import { afterAll, describe, expect, it } from 'vitest'
import { linkFlow, screenOf } from '@/flows'
import { baseUrl, closeBrowser, expectHeading, walkFlow, watchedPage } from './support/page'

afterAll(closeBrowser)

describe('つなぐ in Chromium', () => {
  it('completes ①–⑥ by the manual’s labels and shows the manual’s home', async () => {
    const { page, offLoopback, consoleErrors } = await watchedPage()
    await page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    const headings: string[] = []
    await walkFlow(page, linkFlow, async (screen) => void headings.push(screenOf(screen).title))

    expect(headings).toEqual(linkFlow.steps.flatMap((s) => s.screens.map((x) => screenOf(x).title)))
    await page.getByText('前回のログイン日時: 2021年09月21日 10時00分').waitFor({ timeout: 5000 })
    await page.getByText('明日 勇気様').first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/hw/mypage')
    expect(offLoopback).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it('keeps the data across a reload of the home and shows the same screen', async () => {
    const { page, consoleErrors } = await watchedPage()
    await page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    await walkFlow(page, linkFlow)
    await page.reload()
    await expectHeading(page, '求職者マイページホーム')
    await page.getByText('13010-09999999').first().waitFor()
    expect(consoleErrors).toEqual([])
  })
})
