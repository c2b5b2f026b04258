/**
 * What a trainer meets when a shared URL or the console names something the simulator cannot do:
 * a flow named like one of every object's own members, an impossible or out-of-range clock. The
 * page says so in Japanese, where the trainer looks, and keeps working; nothing else changes.
 */
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { baseUrl, closeBrowser, expectHeading, watchedPage } from './support/page'

afterAll(closeBrowser)

const consolePanel = (page: Page) => page.getByRole('dialog', { name: 'トレーナー用コンソール' })

async function expectStillWorking(page: Page): Promise<void> {
  // The console's reset to a step still prepares that step and opens its screen.
  const panel = consolePanel(page)
  await panel.getByRole('button', { name: '状況・手順' }).click()
  await panel.getByRole('button', { name: '手順③ 同意確認' }).click()
  await expectHeading(page, '同意確認')
}

describe('a shared URL the simulator cannot reproduce', () => {
  it.each(['constructor', '__proto__', 'toString'])(
    'flow=%s: the console says no such flow is in the list, and the page keeps working',
    async (flow) => {
      const watched = await watchedPage({ width: 1280 })
      const { page, context } = watched
      try {
        await page.goto(`${baseUrl()}/myna/?scenario=linked&flow=${flow}&step=1`)

        await expect
          .poll(() => consolePanel(page).textContent(), { timeout: 10_000 })
          .toContain(
            `このURLの状況を再現できませんでした。手順の一覧に「${flow}」はありません。一覧から選んでください。`,
          )
        expect(new URL(page.url()).search).toBe('')
        await expectHeading(page, 'マイナポータル')
        await expectStillWorking(page)
        expect(watched.consoleErrors).toEqual([])
        expect(watched.offLoopback).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})

describe('a clock the simulator does not keep', () => {
  it('clock=2021-02-30T10:00:00 in a shared URL: the console says there is no such day', async () => {
    const watched = await watchedPage({ width: 1280 })
    const { page, context } = watched
    try {
      await page.goto(`${baseUrl()}/myna/?scenario=linked&clock=2021-02-30T10:00:00`)

      await expect
        .poll(() => consolePanel(page).textContent(), { timeout: 10_000 })
        .toContain('2021年2月30日という日付はありません。カレンダーにある日付を入力してください。')
      await expectHeading(page, 'マイナポータル')
      await expectStillWorking(page)
      expect(watched.consoleErrors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it.each([1280, 390])(
    'at %i wide, the console refuses 1850 beside the field and the clock stays',
    async (width) => {
      const watched = await watchedPage({ width })
      const { page, context } = watched
      try {
        await page.goto(`${baseUrl()}/myna/`)
        await expectHeading(page, 'マイナポータル')
        await page.getByRole('button', { name: 'コンソールを開く' }).click()
        const panel = consolePanel(page)
        await panel.getByRole('button', { name: '人物・時計' }).click()
        const field = panel.getByLabel('日時（日本時間）')
        await expect.poll(() => field.getAttribute('aria-describedby')).toBeTruthy()
        const hint = await field.getAttribute('aria-describedby')
        expect(await page.locator(`[id="${hint}"]`).textContent()).toContain(
          '1900年1月1日 0時00分から2200年12月31日 23時59分59秒まで（日本時間）',
        )

        await field.fill('1850-01-01T10:00')
        await panel.getByRole('button', { name: '日時を設定' }).click()

        // Said beside the field (the text its aria-describedby names) and in the error summary.
        const refused =
          'シミュレーター内の日時は、1900年1月1日 0時00分から2200年12月31日 23時59分59秒まで（日本時間）の範囲で指定してください。'
        await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
        const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').at(-1)
        expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(refused)
        expect(await panel.getByText('いま: 2021年9月22日 10:00').count()).toBe(1)
        // The console keeps working: a time inside the window is set.
        await field.fill('2021-10-01T09:30')
        await panel.getByRole('button', { name: '日時を設定' }).click()
        await panel.getByText(/シミュレーター内の日時を 2021年10月1日 09:30 にしました。/).waitFor()
        expect(await panel.getByText(refused).count()).toBe(0)
        expect(watched.consoleErrors).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
