import { afterAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { flowScreens, linkFlow, screenOf } from '@/flows'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { storageKey } from '../../mocks/shared/persistence'
import { baseUrl, closeBrowser, expectHeading, target, watchedPage } from './support/page'

afterAll(closeBrowser)

const LINK_SCREENS = flowScreens(linkFlow).map(({ screen }) => screen)
const HOME = screenOf(LINK_SCREENS.at(-1)!).title

/** What both servers hold about the link, read from the browser's storage as the mocks keep it. */
async function linkRecords(page: Page) {
  return page.evaluate((keyOf) => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(keyOf.replace('*', name)) ?? '{"data":{}}').data
    const myna = read('mynaportal')
    const hw = read('hellowork')
    return {
      helloworkLinks: (hw.links ?? []).length as number,
      mynaportalConnections: (myna.connections ?? []).filter(
        (c: { siteId: string }) => c.siteId === 'hellowork',
      ).length as number,
    }
  }, storageKey('*'))
}

async function h1(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? ''
}

/** Acts on screens `from` up to (not including) `to`, as walkFlow does. */
async function walkFrom(page: Page, from: number, to = LINK_SCREENS.length) {
  for (const screen of LINK_SCREENS.slice(from, to)) {
    await expectHeading(page, screenOf(screen).title)
    for (const input of screen.inputs ?? []) await page.getByLabel(input.label).fill(input.value)
    if (screen.target) await target(page, screen).click()
  }
}

const outcomes = new Map<string, 'resumed' | 'expired'>()

describe('つなぐ survives what browsers do', () => {
  afterAll(() => console.info('reload outcomes:', Object.fromEntries(outcomes)))

  it.each(LINK_SCREENS.map((screen, index) => [index + 1, screenOf(screen).title, index] as const))(
    'reload on screen %i (%s) resumes it or says the flow expired; never a second link',
    async (_n, heading, index) => {
      const { page, consoleErrors, offLoopback } = await watchedPage()
      await page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
      for (const screen of LINK_SCREENS.slice(0, index)) {
        await expectHeading(page, screenOf(screen).title)
        for (const input of screen.inputs ?? [])
          await page.getByLabel(input.label).fill(input.value)
        await target(page, screen).click()
      }
      await expectHeading(page, heading)

      await page.reload()
      const screen = LINK_SCREENS[index]!
      const expired = page.getByText('この画面は表示できません')
      const resumed = screen.target
        ? target(page, screen)
        : page.getByRole('heading', { name: HOME })
      await expired.or(resumed).first().waitFor()
      if (await expired.isVisible()) {
        // The only other acceptable outcome: the flow-invalid notice with its way back.
        outcomes.set(screenOf(screen).title, 'expired')
        await page.getByRole('link', { name: 'マイナポータルの「もっとつながる」へ戻る' }).click()
        await walkFrom(
          page,
          LINK_SCREENS.findIndex((s) => screenOf(s).title === 'もっとつながる'),
        )
      } else {
        outcomes.set(screenOf(screen).title, 'resumed')
        expect(await h1(page)).toBe(heading)
        await walkFrom(page, index)
      }

      await expectHeading(page, HOME)
      expect(await linkRecords(page)).toEqual({ helloworkLinks: 1, mynaportalConnections: 1 })
      expect(consoleErrors).toEqual([])
      expect(offLoopback).toEqual([])
      expect(offLoopback).toEqual([])
      await page.context().close()
    },
  )
})

/** Presses Tab until `locator` has the focus, as a keyboard user moves through a page. */
async function tabTo(page: Page, locator: Locator, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${locator}`)
}

describe('つなぐ in odd orders and by keyboard', () => {
  it('the back button after つながり完了 cannot link a second time', async () => {
    const { page, consoleErrors, offLoopback } = await watchedPage()
    await page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    const complete = LINK_SCREENS.findIndex((s) => screenOf(s).title === 'つながり完了')
    await walkFrom(page, 0, complete)
    await expectHeading(page, 'つながり完了')
    await target(page, LINK_SCREENS[complete]!).waitFor()

    await page.goBack()
    const authenticate = LINK_SCREENS[complete - 1]!
    await expectHeading(page, screenOf(authenticate).title)
    // Hello Work already knows its transaction is spent, so the form is not offered again.
    await page.getByText('この画面は表示できません').waitFor()
    expect(await page.getByLabel(authenticate.inputs![0]!.label).count()).toBe(0)
    expect(await linkRecords(page)).toEqual({ helloworkLinks: 1, mynaportalConnections: 1 })
    expect(consoleErrors).toEqual([])
    expect(offLoopback).toEqual([])
    await page.context().close()
  })

  it('never writes a forwarding screen, or its code and state, to the address or history', async () => {
    const { page, consoleErrors, offLoopback } = await watchedPage()
    await page.addInitScript(() => {
      const written: string[] = []
      Object.assign(window, { writtenAddresses: written })
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history)
        history[method] = (state, unused, url) => {
          written.push(`${method} ${String(url)}`)
          original(state, unused, url)
        }
      }
    })
    await page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    await walkFrom(page, 0)
    await expectHeading(page, HOME)

    const written = await page.evaluate(
      () => (window as unknown as { writtenAddresses: string[] }).writtenAddresses,
    )
    expect(
      written.filter((entry) => /auth\/initiate|authorize|auth\/callback/.test(entry)),
    ).toEqual([])
    expect(written.filter((entry) => /[?&](code|state|nonce)=/.test(entry))).toEqual([])
    // Each screen a person saw has its entry: back from the home goes to つながり完了, whose
    // ticket stayed in the address only until it was redeemed.
    await page.goBack()
    await expectHeading(page, 'つながり完了')
    expect(page.url()).not.toContain('ticket=')
    expect(consoleErrors).toEqual([])
    expect(offLoopback).toEqual([])
    await page.context().close()
  })

  it('two tabs linking at once give exactly one link; the older tab is told', async () => {
    const older = await watchedPage()
    const newer = await watchedPage({ context: older.context })
    const consent = LINK_SCREENS.findIndex((s) => screenOf(s).title === '同意確認')
    await older.page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    await walkFrom(older.page, 0, consent)
    await newer.page.goto(`${baseUrl()}/myna/connections`)
    await walkFrom(newer.page, consent - 1, consent)

    // Both tabs show 同意確認. Hello Work keeps one link transaction per browser, the newer one.
    await walkFrom(newer.page, consent)
    await expectHeading(newer.page, HOME)
    await target(older.page, LINK_SCREENS[consent]!).click()
    await older.page.getByText('この画面は表示できません').waitFor()

    expect(await linkRecords(older.page)).toEqual({ helloworkLinks: 1, mynaportalConnections: 1 })
    expect([...older.consoleErrors, ...newer.consoleErrors]).toEqual([])
    expect([...older.offLoopback, ...newer.offLoopback]).toEqual([])
    await older.context.close()
  })

  it('completes ①–⑥ with the keyboard alone', async () => {
    const { page, consoleErrors, offLoopback } = await watchedPage()
    await page.goto(`${baseUrl()}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    for (const screen of LINK_SCREENS) {
      await expectHeading(page, screenOf(screen).title)
      for (const input of screen.inputs ?? []) {
        const field = page.getByLabel(input.label)
        await tabTo(page, field)
        await page.keyboard.press('ControlOrMeta+A')
        await page.keyboard.type(input.value)
      }
      if (screen.target) {
        await tabTo(page, target(page, screen))
        await page.keyboard.press('Enter')
      }
    }
    await expectHeading(page, HOME)
    expect(await linkRecords(page)).toEqual({ helloworkLinks: 1, mynaportalConnections: 1 })
    expect(consoleErrors).toEqual([])
    expect(offLoopback).toEqual([])
    await page.context().close()
  })
})

describe('the simulated servers between visits', () => {
  it('answer inside the page over reloads, with no service worker and nothing sent out', async () => {
    const { page, consoleErrors, offLoopback } = await watchedPage()
    await page.goto(`${baseUrl()}/myna/`)
    await expectHeading(page, 'マイナポータル')
    await page.reload()
    await expectHeading(page, 'マイナポータル')

    // The cards are Mynaportal's answer, and no request to a simulated server ever reached the
    // browser's network (offLoopback counts any that did).
    await page.getByRole('link', { name: 'ログイン', exact: true }).first().click()
    await expectHeading(page, 'ログイン')
    await page.getByRole('radio', { name: PRACTICE_PERSONA.displayName }).waitFor()
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0)
    expect(consoleErrors).toEqual([])
    expect(offLoopback).toEqual([])
    await page.context().close()
  })
})
