import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { flowScreens, linkFlow, screenOf } from '@/flows'
import { storageKey } from '../../mocks/shared/persistence'
import { baseUrl, closeBrowser, expectHeading, target, watchedPage } from './support/page'

afterAll(closeBrowser)

const LINK_SCREENS = flowScreens(linkFlow).map(({ screen }) => screen)
const HOME = screenOf(LINK_SCREENS.at(-1)!).title
const COMPLETE = LINK_SCREENS.findIndex((s) => screenOf(s).title === 'つながり完了')
const CONNECTIONS = LINK_SCREENS.findIndex((s) => screenOf(s).title === 'もっとつながる')
const HELLOWORK = 'ハローワークインターネットサービス'

/** Hello Work's links by state and Mynaportal's connections, as the mocks keep them. */
async function linkState(page: Page) {
  return page.evaluate((keyOf) => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(keyOf.replace('*', name)) ?? '{"data":{}}').data
    const links: { pending?: unknown }[] = read('hellowork').links ?? []
    const connections: { siteId: string }[] = read('mynaportal').connections ?? []
    return {
      active: links.filter((l) => l.pending === undefined).length,
      pending: links.filter((l) => l.pending !== undefined).length,
      connections: connections.filter((c) => c.siteId === 'hellowork').length,
    }
  }, storageKey('*'))
}

/** Acts on screens `from` up to (not including) `to`, as a person follows the manual. */
async function walkFrom(page: Page, from: number, to = LINK_SCREENS.length) {
  for (const screen of LINK_SCREENS.slice(from, to)) {
    await expectHeading(page, screenOf(screen).title)
    for (const input of screen.inputs ?? []) await page.getByLabel(input.label).fill(input.value)
    if (screen.target) await target(page, screen).click()
  }
}

/** The trainer console's 障害・遅延 for Hello Work: a mode, on one endpoint or on all of them. */
async function setHelloworkFault(page: Page, mode: string, endpoint?: string) {
  const form = page.getByRole('form', { name: 'ハローワーク' })
  if (!(await form.isVisible())) {
    if (!(await page.getByRole('button', { name: '障害・遅延' }).isVisible())) {
      await page.getByRole('button', { name: 'コンソールを開く' }).click()
    }
    await page.getByRole('button', { name: '障害・遅延' }).click()
  }
  await form.getByLabel(mode).check()
  if (endpoint) {
    await form.getByLabel('選んだエンドポイントだけ').check()
    await form.getByLabel(endpoint).check()
  }
  await form.getByRole('button', { name: 'ハローワークに適用' }).click()
  await form.getByRole('status').filter({ hasText: /./ }).waitFor()
}

/** もっとつながる → Hello Work's row → やめる: つながりの解除 asks. */
async function pressStop(page: Page) {
  await expectHeading(page, 'もっとつながる')
  const row = page.getByRole('listitem', { name: HELLOWORK_SITE_NAME })
  await row.getByRole('button', { name: 'やめる' }).click()
  await expectHeading(page, 'つながりの解除')
}

describe('a link left half-done converges', () => {
  it('a failure injected at ⑤, then つなぐ again instead of 再試行, links once at both', async () => {
    const { page, consoleErrors, offLoopback } = await watchedPage()
    await page.goto(
      `${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}&hw_fault=error&hw_endpoints=/link/tickets/redeem`,
    )
    await walkFrom(page, 0, COMPLETE)
    await expectHeading(page, 'つながり完了')
    await page.getByText(MESSAGES.upstream(HELLOWORK)).waitFor()
    // ④ is done, yet Hello Work's link waits for Mynaportal: nothing is connected anywhere.
    expect(await linkState(page)).toEqual({ active: 0, pending: 1, connections: 0 })

    await setHelloworkFault(page, '障害なし')
    await page.getByRole('link', { name: 'もっとつながるへ戻る' }).click()
    await walkFrom(page, CONNECTIONS)

    await expectHeading(page, HOME)
    expect(await linkState(page)).toEqual({ active: 1, pending: 0, connections: 1 })
    expect(consoleErrors).toEqual([])
    expect(offLoopback).toEqual([])
    await page.context().close()
  })
})

describe('two tabs: やめる overtakes ⑤', () => {
  it('a stale tab’s やめる between ④ and ⑤: ⑤ says it did not connect, both agree', async () => {
    const stale = await watchedPage()
    const linking = await watchedPage({ context: stale.context })
    // Connected at first; one tab opens つながりの解除 and is left there.
    await stale.page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=linked`)
    await walkFrom(stale.page, 0, CONNECTIONS)
    await pressStop(stale.page)

    // The other tab ends the connection, links again, and ⑤ fails at Hello Work.
    await linking.page.goto(`${baseUrl()}/myna/connections`)
    await pressStop(linking.page)
    await linking.page.getByRole('button', { name: '同意' }).click()
    await expectHeading(linking.page, 'つながりの解除完了')
    await setHelloworkFault(linking.page, 'サーバーエラー（500）', '/link/tickets/redeem')
    await linking.page.getByRole('link', { name: 'もっとつながるへ戻る' }).click()
    await walkFrom(linking.page, CONNECTIONS, COMPLETE)
    await expectHeading(linking.page, 'つながり完了')
    await linking.page.getByText(MESSAGES.upstream(HELLOWORK)).waitFor()
    expect(await linkState(linking.page)).toEqual({ active: 0, pending: 1, connections: 0 })

    // The stale tab's 同意 lands between ④ and ⑤, and says what it did.
    await stale.page.getByRole('button', { name: '同意' }).click()
    await expectHeading(stale.page, 'つながりの解除完了')
    await stale.page.getByText(`${HELLOWORK_SITE_NAME}とのつながりを解除しました。`).waitFor()

    await setHelloworkFault(linking.page, '障害なし')
    await linking.page.getByRole('button', { name: '再試行' }).click()
    await linking.page.getByText('つながりは完了していません', { exact: true }).waitFor()
    await linking.page.getByText(MESSAGES.linkCancelled).waitFor()
    expect(await linking.page.getByText(`${HELLOWORK_SITE_NAME}とつながりました。`).count()).toBe(0)
    expect(await linkState(linking.page)).toEqual({ active: 0, pending: 0, connections: 0 })
    expect([...stale.consoleErrors, ...linking.consoleErrors]).toEqual([])
    expect([...stale.offLoopback, ...linking.offLoopback]).toEqual([])
    await stale.context.close()
  })
})
