/**
 * The console itself and its reset to a step: opened from the launcher, the shortcut or its
 * button, it prepares any step through the real endpoints and opens its screen, staying open.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { flowScreens, linkFlow, ssoFlow, screenOf } from '@/flows'
import { setCaptureMode } from '@/simulator/captureMode'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, userEvent, waitFor, within } from '../support/app'
import { newestTransaction } from '../support/serverState'
import { actOn, waitForHeading } from '../support/walkFlow'
import { consolePanel, openConsole, resetToStep, situationUrl } from './support'

afterEach(() => setCaptureMode(false))

describe('opening the console', () => {
  it('opens from the launcher and keeps the launcher behind it', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'トレーナー用コンソール' }))

    const panel = await screen.findByRole('dialog', { name: 'トレーナー用コンソール' })
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'マイナポータル連携シミュレーター',
    )
  })

  it('opens on any screen with Alt+Shift+T, and Esc closes it and gives the focus back', async () => {
    await mountApp('/myna/')
    await waitForHeading('マイナポータル')
    const user = userEvent.setup()
    const login = screen.getByRole('link', { name: 'ログイン' })
    login.focus()

    await openConsole(user)
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(login)
  })

  it('offers its button on every screen, but not in capture mode', async () => {
    await mountApp('/myna/')
    await waitForHeading('マイナポータル')
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'コンソールを開く' }))
    expect(consolePanel()).toBeTruthy()

    await user.click(within(consolePanel()).getByRole('button', { name: '閉じる' }))
    setCaptureMode(true)
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'コンソールを開く' })).toBeNull(),
    )
  })
})

describe('reset to a step', () => {
  it('opens つなぐ ③ 同意確認 with the console still open, and the flow completes from there', async () => {
    await mountApp('/hw/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順③ 同意確認')

    await waitForHeading('同意確認')
    expect(consolePanel()).toBeTruthy()
    expect(situationUrl()).toContain('flow=link&step=3')
    for (const { step, screen: flowScreen } of flowScreens(linkFlow)) {
      if (step.number < 3) continue
      await waitForHeading(screenOf(flowScreen).title)
      await actOn(flowScreen)
    }
    await waitForHeading('求職者マイページホーム')
    expect(helloworkDb.read().links).toHaveLength(1)
  })

  it('opens the screen anew when it is the one already showing', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順③ 同意確認')
    await waitForHeading('同意確認')
    await screen.findByRole('button', { name: '同意' })

    // The first request is replaced by a new one: a screen that kept the old one would be refused.
    await resetToStep(user, '手順③ 同意確認')
    await actOn(flowScreens(linkFlow).find((s) => s.step.number === 3)!.screen)
    await waitForHeading('マイページ属性連携認証')
    expect(newestTransaction().stage).toBe('authenticated')
  })

  it('prepares a step of another flow in that flow’s own scenario', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順② もっとつながる', ssoFlow.title)

    await waitForHeading('もっとつながる')
    const row = await screen.findByRole('listitem', { name: HELLOWORK_SITE_NAME })
    expect(within(row).getByRole('button', { name: '利用する' })).toBeTruthy()
    expect(situationUrl()).toContain('scenario=linked&flow=sso&step=2')
  })

  it('loads a scenario and opens the page again as after a reload', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順② もっとつながる')
    await waitForHeading('もっとつながる')

    const panel = consolePanel()
    await user.selectOptions(within(panel).getByLabelText('シナリオ'), 'pin-locked')
    await user.click(within(panel).getByRole('button', { name: '読み込む' }))

    // The scenario signs everyone out: the protected page gives way to the login.
    await waitForHeading('ログイン')
    expect(within(panel).getByText('シナリオ「暗証番号ロック」を読み込みました。')).toBeTruthy()
  })
})
