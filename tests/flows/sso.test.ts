/**
 * Single sign-on from Mynaportal into 求職者マイページ (manual 3.1 (2)) on the screens: from もっと
 * つながる's 利用する and from つながり完了's button, and from tabs left open across やめる. Two apps
 * mounted at once are two tabs of one browser: they share localStorage, so the same cookies and
 * the same two servers. The protocol underneath is in tests/mocks/cases.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { toAppPath } from '@/api/frontChannel'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_SITE_NAME, MYNAPORTAL_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, userEvent, waitFor, within, type MountedApp } from '../support/app'
import {
  authenticateLink,
  call,
  callback,
  decide,
  loadScenario,
  locationOf,
  mynaLogin,
  startLink,
} from '../support/protocol'
import { cookie } from '../support/serverState'

const CONNECTED = 'つながっているウェブサイト'
const NOT_CONNECTED = 'つながっていないウェブサイト'

/** One tab: its part of the page (App has several roots, so the wrapper's element holds them). */
const tabOf = (app: MountedApp) => app.wrapper.element as HTMLElement
const headingIn = (tab: HTMLElement) =>
  within(tab).getByRole('heading', { level: 1 }).textContent?.trim()

async function waitForHeadingIn(tab: HTMLElement, expected: string) {
  await waitFor(() => expect(headingIn(tab)).toBe(expected), 5000)
}

async function helloworkRowIn(tab: HTMLElement, sectionName: string): Promise<HTMLElement> {
  const find = () =>
    within(within(tab).getByRole('region', { name: sectionName })).getByRole('listitem', {
      name: HELLOWORK_SITE_NAME,
    })
  await waitFor(find)
  return find()
}

/** 利用する on もっとつながる, in one tab, through to wherever Hello Work lands. */
async function useFromConnections(tab: HTMLElement) {
  const hellowork = await helloworkRowIn(tab, CONNECTED)
  await userEvent.setup().click(within(hellowork).getByRole('button', { name: '利用する' }))
}

const helloworkSessionIds = () => helloworkDb.read().sessions.map((session) => session.id)

describe('single sign-on into 求職者マイページ', () => {
  it('lands on 求職者マイページホーム from もっとつながる, with a fresh session each time', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const app = await mountApp('/myna/connections')
    const tab = tabOf(app)

    await useFromConnections(tab)
    await waitForHeadingIn(tab, '求職者マイページホーム')
    expect(app.router.currentRoute.value.name).toBe('hw-mypage-home')
    const first = cookie('hellowork', 'hw_sid')
    expect(helloworkSessionIds()).toEqual([first])

    await app.router.push('/myna/connections')
    await useFromConnections(tab)
    await waitFor(() => expect(cookie('hellowork', 'hw_sid')).not.toBe(first), 5000)
    await waitForHeadingIn(tab, '求職者マイページホーム')
    const second = cookie('hellowork', 'hw_sid')
    expect(second).toBeTruthy()
    expect(helloworkSessionIds()).toEqual([second])
  })

  it('lands on 求職者マイページホーム from つながり完了’s button, in a new session', async () => {
    const csrfToken = await mynaLogin()
    await startLink(csrfToken)
    locationOf(await callback(await decide('allow')))
    const completion = locationOf(await authenticateLink())
    // ④ signs the account in; the single sign-on must not reuse that session.
    const afterLinking = cookie('hellowork', 'hw_sid')
    expect(afterLinking).toBeTruthy()

    const app = await mountApp(toAppPath(completion.href)!)
    const tab = tabOf(app)
    const use = `${HELLOWORK_SITE_NAME}を利用する`
    await waitFor(() => within(tab).getByRole('button', { name: use }))
    await userEvent.setup().click(within(tab).getByRole('button', { name: use }))

    await waitForHeadingIn(tab, '求職者マイページホーム')
    const afterSso = cookie('hellowork', 'hw_sid')
    expect(afterSso).not.toBe(afterLinking)
    expect(helloworkSessionIds()).toEqual([afterSso])
  })
})

describe('single sign-on from a tab opened before やめる', () => {
  /** Unlinks on the screens of a second tab, as a person would. */
  async function unlinkInAnotherTab() {
    const other = tabOf(await mountApp('/myna/connections'))
    const user = userEvent.setup()
    const hellowork = await helloworkRowIn(other, CONNECTED)
    await user.click(within(hellowork).getByRole('button', { name: 'やめる' }))
    await waitFor(() => within(other).getByRole('button', { name: '同意' }))
    await user.click(within(other).getByRole('button', { name: '同意' }))
    await waitForHeadingIn(other, 'つながりの解除完了')
  }

  it('refuses 利用する on the stale もっとつながる and logs nobody in', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const stale = await mountApp('/myna/connections')
    const tab = tabOf(stale)
    await helloworkRowIn(tab, CONNECTED)

    await unlinkInAnotherTab()
    await useFromConnections(tab)

    const hellowork = await helloworkRowIn(tab, NOT_CONNECTED)
    await waitFor(() => expect(hellowork.textContent).toContain(MESSAGES.notConnected))
    expect(within(hellowork).queryByRole('button', { name: '利用する' })).toBeNull()
    expect(stale.router.currentRoute.value.name).toBe('myna-connections')
    expect(cookie('hellowork', 'hw_sid')).toBeUndefined()
    expect(helloworkSessionIds()).toEqual([])
  })

  it('logs nobody in from a tab already on its way to Hello Work when やめる happened', async () => {
    await loadScenario('linked')
    const csrfToken = await mynaLogin()
    // The stale tab pressed 利用する before やめる; its next page is Hello Work's login initiation.
    const initiation = locationOf(
      await call(`${MYNAPORTAL_API}/connections/hellowork/use`, { body: { csrfToken } }),
    )

    await unlinkInAnotherTab()
    const stale = await mountApp(toAppPath(initiation.href)!)

    const tab = tabOf(stale)
    // The tab says why, and where to go on: つなぐ again at Mynaportal.
    expect(
      await within(tab).findByText(MESSAGES.consentRequired, {}, { timeout: 5000 }),
    ).toBeTruthy()
    expect(
      within(tab).getByRole('link', { name: 'マイナポータルの「もっとつながる」へ戻る' }),
    ).toBeTruthy()
    expect(helloworkSessionIds()).toEqual([])
    expect(cookie('hellowork', 'hw_sid')).toBeUndefined()
    expect(within(tab).queryByRole('heading', { name: '求職者マイページホーム' })).toBeNull()
    expect(within(tab).queryByText('明日 勇気様', { exact: false })).toBeNull()
  })
})
