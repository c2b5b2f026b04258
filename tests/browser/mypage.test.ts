import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { SIGN_IN_PATHS } from '@/flows/signInPaths'
import { axeViolations, headingOutline } from './support/a11y'
import { baseUrl, closeBrowser, expectHeading, walkFlow, watchedPage } from './support/page'

afterAll(closeBrowser)

const hwLogin = SIGN_IN_PATHS.find((path) => path.id === 'hw-login')!

/** What axe and the heading outline say about the page now; empty when all is well. */
async function problems(page: Page) {
  const [violations, { skips }] = await Promise.all([axeViolations(page), headingOutline(page)])
  return [...violations.map((v) => `${v.rule}: ${v.targets.join(', ')}`), ...skips]
}

async function signedIn(width: number) {
  const watched = await watchedPage({ width })
  await watched.page.goto(`${baseUrl()}${hwLogin.startPath}?scenario=${hwLogin.scenario}`)
  await walkFlow(watched.page, hwLogin)
  return watched
}

describe.each([
  ['pc', 1280],
  ['sp', 390],
])('the MyPage screens at %s width', (_name, width) => {
  it('every nav item opens its screen, accessible and quiet', async () => {
    const { page, consoleErrors, offLoopback } = await signedIn(width)
    const findings: Record<string, string[]> = {}
    for (const item of ['求人検索', '求職活動状況', 'メッセージ', '求職者情報・設定', 'ホーム']) {
      const nav = page.getByRole('navigation', { name: '求職者マイページ' })
      await nav.getByRole('link', { name: item, exact: true }).click()
      await expectHeading(page, item === 'ホーム' ? '求職者マイページホーム' : item)
      const found = await problems(page)
      if (found.length) findings[item] = found
    }
    expect(findings).toEqual({})
    expect(offLoopback).toEqual([])
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })

  it('searches by keyword and opens 求人詳細 from 詳細を表示', async () => {
    const { page, consoleErrors } = await signedIn(width)
    await page.goto(`${baseUrl()}/hw/mypage/jobs`)
    await page.getByText('全12件').waitFor()
    await page.getByLabel('キーワード').fill('看護')
    await page.getByRole('button', { name: '検索する' }).click()
    await page.getByText('全1件').waitFor()
    await page.getByRole('link', { name: /^詳細を表示/ }).click()
    await expectHeading(page, '求人詳細')
    expect(await problems(page)).toEqual([])
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })

  it('reading a message lowers 新着メッセージ on the home', async () => {
    const { page, consoleErrors } = await signedIn(width)
    const unread = async () =>
      Number((await page.getByText(/新着メッセージ: \d+件/).innerText()).match(/\d+/)![0])
    await expectHeading(page, '求職者マイページホーム')
    const before = await unread()
    await page.getByRole('link', { name: /新着メッセージ/ }).click()
    await expectHeading(page, 'メッセージ')
    const firstUnread = page.getByRole('listitem').filter({ hasText: '未読' }).first()
    await firstUnread.getByRole('link').click()
    await expectHeading(page, 'メッセージ詳細')
    expect(await problems(page)).toEqual([])
    await page
      .getByRole('navigation', { name: '求職者マイページ' })
      .getByRole('link', { name: 'ホーム' })
      .click()
    await expectHeading(page, '求職者マイページホーム')
    await expect.poll(unread).toBe(before - 1)
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })

  it('shows ハローワーク受付票 with its QR code, and the page outside the simulation', async () => {
    const { page, consoleErrors } = await signedIn(width)
    await page.getByRole('button', { name: 'ハローワーク受付票を表示' }).click()
    const slip = page.getByRole('dialog', { name: 'ハローワーク受付票' })
    await slip.waitFor()
    await expect.poll(() => slip.getByText('13010-01234567').count()).toBeGreaterThan(0)
    expect(await slip.getByRole('img').count()).toBeGreaterThan(0)
    expect(await problems(page)).toEqual([])
    await page.keyboard.press('Escape')
    await slip.waitFor({ state: 'hidden' })

    await page.getByRole('link', { name: '職業訓練検索' }).click()
    await expectHeading(page, '職業訓練検索')
    expect(await page.locator('main').innerText()).toMatch(/シミュレーターの範囲外/)
    expect(await problems(page)).toEqual([])
    expect(consoleErrors).toEqual([])
    await page.context().close()
  })
})
