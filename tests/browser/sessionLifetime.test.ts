import { afterAll, describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { baseUrl, closeBrowser, expectHeading, watchedPage } from './support/page'

afterAll(closeBrowser)

describe('a session ended by the console’s clock, in Chromium', () => {
  it('やめる after an hour asks to sign in again, then goes on to end the connection', async () => {
    const { page, offLoopback, consoleErrors } = await watchedPage()
    const signIn = async () => {
      await page.getByLabel('暗証番号（数字4桁）').fill('1234')
      await page.getByRole('button', { name: 'ログイン', exact: true }).click()
    }
    await page.goto(`${baseUrl()}/myna/login?scenario=linked`)
    await signIn()
    await expectHeading(page, 'トップページ')
    await page.getByRole('link', { name: 'もっとつながる' }).first().click()
    await expectHeading(page, 'もっとつながる')
    await page
      .getByRole('listitem', { name: HELLOWORK_SITE_NAME })
      .getByRole('button', { name: 'やめる' })
      .click()
    await expectHeading(page, 'つながりの解除')

    await page.getByRole('button', { name: 'コンソールを開く' }).click()
    await page.getByRole('button', { name: '人物・時計' }).click()
    await page.getByRole('button', { name: '1時間進める' }).click()
    await page.getByRole('status').filter({ hasText: 'シミュレーター内の日時を' }).first().waitFor()
    await page.getByRole('button', { name: '同意' }).click()

    await expectHeading(page, 'ログイン')
    await page.getByText(MESSAGES.sessionExpired).waitFor()
    await signIn()
    await expectHeading(page, 'つながりの解除')
    await page.getByRole('button', { name: '同意' }).click()
    await expectHeading(page, 'つながりの解除完了')
    expect(offLoopback).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})
