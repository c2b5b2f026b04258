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
