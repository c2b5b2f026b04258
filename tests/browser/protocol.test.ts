import { afterAll, describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import { MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { ssoFlow } from '@/flows'
import { baseUrl, closeBrowser, expectHeading, walkFlow, watchedPage } from './support/page'

afterAll(closeBrowser)

describe('sign-on Mynaportal did not start, in Chromium', () => {
  it('still signs in through 利用する', async () => {
    const { page, offLoopback, consoleErrors } = await watchedPage()
    await page.goto(`${baseUrl()}${ssoFlow.startPath}?scenario=${ssoFlow.scenario}`)
    await walkFlow(page, ssoFlow)

    await page.getByText('明日 勇気様').first().waitFor({ timeout: 10_000 })
    expect(new URL(page.url()).pathname).toBe('/hw/mypage')
    expect(offLoopback).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it('refuses a sign-on opened from a pasted address, saying why and where to go on', async () => {
    const { page, offLoopback } = await watchedPage()
    await page.goto(`${baseUrl()}${ssoFlow.startPath}?scenario=${ssoFlow.scenario}`)
    // Signed in at Mynaportal and connected, but 利用する never pressed.
    await walkFlow(page, { ...ssoFlow, steps: ssoFlow.steps.slice(0, 1) })
    await expectHeading(page, 'もっとつながる')
    const query = new URLSearchParams({
      iss: MYNAPORTAL_ISSUER,
      target_link_uri: HELLOWORK_TARGETS.sso,
    })
    await page.goto(`${baseUrl()}/hw/auth/initiate?${query}`)

    await page.getByText(MESSAGES.interactionRequired).waitFor({ timeout: 10_000 })
    await page.getByText('ハローワークにログインできませんでした').waitFor()
    await page.getByRole('link', { name: 'マイナポータルの「もっとつながる」へ戻る' }).waitFor()
    expect(await page.getByText('明日 勇気様').count()).toBe(0)
    expect(offLoopback).toEqual([])
  })
})
