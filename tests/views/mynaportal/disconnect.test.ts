/**
 * つながりの解除 and つながりの解除完了 (manual 3.4 (2) ②–④) through the mounted app. The protocol
 * behind 同意 (POST /connections/:siteId/stop) has its contract tests in tests/mocks; these check
 * what a person sees and that the screens never claim more than the server confirmed.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, userEvent, waitFor, within } from '../../support/app'
import { injectFault, loadScenario, mynaLogin } from '../../support/protocol'
import { helloworkConnections, lastAudit, protectedState } from '../../support/serverState'
import { waitForHeading } from '../../support/walkFlow'

const CONNECTED = 'つながっているウェブサイト'
const NOT_CONNECTED = 'つながっていないウェブサイト'
const DISCONNECT_PATH = '/myna/connections/hellowork/disconnect'
const DONE = `${HELLOWORK_SITE_NAME}とのつながりを解除しました。`

const row = (sectionName: string, site: string) =>
  within(screen.getByRole('region', { name: sectionName })).getByRole('listitem', { name: site })

/** The row once もっとつながる has loaded its list. */
async function findRow(sectionName: string, site: string): Promise<HTMLElement> {
  await waitFor(() => row(sectionName, site))
  return row(sectionName, site)
}

/** Signed in on もっとつながる, linked, with やめる pressed on the Hello Work row. */
async function openDisconnect() {
  await loadScenario('linked')
  await mynaLogin()
  const app = await mountApp('/myna/connections')
  const user = userEvent.setup()
  const hellowork = await findRow(CONNECTED, HELLOWORK_SITE_NAME)
  await user.click(within(hellowork).getByRole('button', { name: 'やめる' }))
  await waitForHeading('つながりの解除')
  await screen.findByRole('button', { name: '同意' })
  return { ...app, user }
}

describe('やめる on もっとつながる', () => {
  it('is offered on connected rows only, and names its site for screen readers', async () => {
    await loadScenario('linked')
    await mynaLogin()
    await mountApp('/myna/connections')
    const hellowork = await findRow(CONNECTED, HELLOWORK_SITE_NAME)
    const stop = within(hellowork).getByRole('button', { name: 'やめる' })
    const describedBy = stop.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe(HELLOWORK_SITE_NAME)
    const notConnected = screen.getByRole('region', { name: NOT_CONNECTED })
    expect(within(notConnected).queryAllByRole('button', { name: 'やめる' })).toEqual([])
  })

  it('opens つながりの解除 for Hello Work, saying what ending the connection means', async () => {
    const { router } = await openDisconnect()
    expect(router.currentRoute.value.fullPath).toBe(DISCONNECT_PATH)
    const site = screen.getByRole('region', { name: '解除するウェブサイト' })
    expect(site.textContent).toContain(HELLOWORK_SITE_NAME)
    const effects = screen.getByRole('region', { name: '解除すると' }).textContent
    expect(effects).toContain('IDやパスワードを入力せずにログインできなくなります')
    expect(effects).toContain('アカウントと登録内容はそのまま残ります')
    expect(screen.getByRole('button', { name: '戻る' })).toBeTruthy()
    expect(helloworkConnections()).toHaveLength(1)
  })
})

describe('つながりの解除', () => {
  it('ends the connection on 同意 and shows つながりの解除完了, then Hello Work is not connected', async () => {
    const { router, user } = await openDisconnect()
    await user.click(screen.getByRole('button', { name: '同意' }))

    await waitForHeading('つながりの解除完了')
    expect(router.currentRoute.value.name).toBe('myna-disconnect-complete')
    expect(await screen.findByText(DONE)).toBeTruthy()
    expect(helloworkConnections()).toEqual([])
    expect(helloworkDb.read().links).toEqual([])

    await user.click(screen.getByRole('link', { name: 'もっとつながるへ戻る' }))
    await waitForHeading('もっとつながる')
    const hellowork = await findRow(NOT_CONNECTED, HELLOWORK_SITE_NAME)
    expect(within(hellowork).getByRole('button', { name: 'つなぐ' })).toBeTruthy()
    expect(within(hellowork).queryByRole('button', { name: 'やめる' })).toBeNull()
  })

  it('changes nothing on 戻る and shows Hello Work still connected', async () => {
    const { router, user } = await openDisconnect()
    const before = protectedState()
    await user.click(screen.getByRole('button', { name: '戻る' }))

    await waitForHeading('もっとつながる')
    expect(router.currentRoute.value.name).toBe('myna-connections')
    await findRow(CONNECTED, HELLOWORK_SITE_NAME)
    expect(protectedState()).toEqual(before)
    expect(lastAudit('mynaportal')?.type).not.toBe('connection.stop')
  })

  it.each([
    [
      'Hello Work cannot revoke its link',
      'hellowork',
      '/links/revoke',
      MESSAGES.upstream('ハローワークインターネットサービス'),
    ],
    [
      'Mynaportal fails',
      'mynaportal',
      '/connections/:siteId/stop',
      MESSAGES.serverError('マイナポータル'),
    ],
  ] as const)(
    'shows the error with 再試行 and stays connected when %s; 再試行 then completes',
    async (_case, site, endpoint, message) => {
      const { router, user } = await openDisconnect()
      await injectFault(site, 'error', [endpoint])
      await user.click(screen.getByRole('button', { name: '同意' }))

      const alert = await screen.findByRole('alert')
      expect(alert.textContent).toContain('つながりを解除できませんでした')
      expect(alert.textContent).toContain(message)
      expect(router.currentRoute.value.name).toBe('myna-disconnect')
      expect(screen.queryByText(DONE)).toBeNull()
      expect(helloworkConnections()).toHaveLength(1)
      expect(helloworkDb.read().links).toHaveLength(1)

      await injectFault(site, 'none')
      await user.click(within(alert).getByRole('button', { name: '再試行' }))
      await waitForHeading('つながりの解除完了')
      expect(await screen.findByText(DONE)).toBeTruthy()
      expect(helloworkConnections()).toEqual([])
    },
  )

  it('keeps Hello Work under つながっているウェブサイト after a failed 同意 and 戻る', async () => {
    const { user } = await openDisconnect()
    await injectFault('hellowork', 'timeout', ['/links/revoke'])
    await user.click(screen.getByRole('button', { name: '同意' }))
    await screen.findByRole('button', { name: '再試行' })
    await user.click(screen.getByRole('button', { name: '戻る' }))

    await waitForHeading('もっとつながる')
    const hellowork = await findRow(CONNECTED, HELLOWORK_SITE_NAME)
    expect(within(hellowork).getByRole('button', { name: '利用する' })).toBeTruthy()
  })

  it('says plainly that Hello Work is not connected, with no 同意, when not linked', async () => {
    await loadScenario('unlinked')
    await mynaLogin()
    await mountApp(DISCONNECT_PATH)
    await waitForHeading('つながりの解除')
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'このウェブサイトとはつながっていません',
      ),
    )
    expect(screen.getByRole('status').textContent).toContain(HELLOWORK_SITE_NAME)
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull()
    expect(screen.getByRole('link', { name: 'もっとつながるへ戻る' }).getAttribute('href')).toBe(
      '/myna/connections',
    )
  })

  it('leaves no つながりの解除 in the history after 同意: back returns to もっとつながる', async () => {
    const { router, user } = await openDisconnect()
    await user.click(screen.getByRole('button', { name: '同意' }))
    await screen.findByText(DONE)
    router.back()
    await waitForHeading('もっとつながる')
    // Opened again anyway (a typed address): the plain answer, not a second question.
    await router.push(DISCONNECT_PATH)
    await waitForHeading('つながりの解除')
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'このウェブサイトとはつながっていません',
      ),
    )
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull()
  })

  it.each([
    ['a site only listed for realism', 'etax', MESSAGES.siteNotSimulated],
    ['an unknown site', 'no-such-site', MESSAGES.notFound],
  ])('offers no 同意 for %s', async (_case, siteId, message) => {
    await mynaLogin()
    await mountApp(`/myna/connections/${siteId}/disconnect`)
    await waitForHeading('つながりの解除')
    expect(await screen.findByText(message, { exact: false })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull()
    expect(screen.getByRole('link', { name: 'もっとつながるへ戻る' })).toBeTruthy()
  })
})

describe('つながりの解除完了 opened without 同意', () => {
  it('says the site is still connected, and no success, while it is', async () => {
    await loadScenario('linked')
    await mynaLogin()
    await mountApp(`${DISCONNECT_PATH}/complete`)
    await waitForHeading('つながりの解除完了')
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain('つながりは解除されていません')
    expect(screen.queryByText(DONE)).toBeNull()
  })

  it('shows the plain state, not a success it did not see, after a reload', async () => {
    const { user } = await openDisconnect()
    await user.click(screen.getByRole('button', { name: '同意' }))
    await screen.findByText(DONE)

    await mountApp(`${DISCONNECT_PATH}/complete`)
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(2))
    const reloaded = document.body.lastElementChild as HTMLElement
    await waitFor(() =>
      expect(within(reloaded).getByRole('status').textContent).toContain(
        'このウェブサイトとはつながっていません',
      ),
    )
    expect(within(reloaded).queryByText(DONE)).toBeNull()
  })
})
