/**
 * Latency and failures injected from the trainer console, as the screens show them: an error
 * with 再試行, nothing half-done on either server, and 再試行 working once the fault is cleared.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { flowScreens, linkFlow } from '@/flows'
import { mountApp, screen, userEvent, within } from '../support/app'
import { lastAudit, newestTransaction, serverState } from '../support/serverState'
import { actOn, findTarget, waitForHeading } from '../support/walkFlow'
import {
  applyFault,
  consolePanel,
  faultForm,
  openConsole,
  resetToStep,
  showSection,
  simulatorState,
} from './support'

const HW_SERVER = 'ハローワークインターネットサービス'
const screenOfStep = (step: number) =>
  flowScreens(linkFlow).find((s) => s.step.number === step)!.screen

/** The page's banner that carries `message`, with its 再試行. */
async function alertWith(message: string): Promise<HTMLElement> {
  const text = await screen.findByText(message, {}, { timeout: 4000 })
  return text.closest<HTMLElement>('[role="alert"]')!
}

describe('failures injected from the console', () => {
  it('shows a Hello Work server error at ④ with 再試行, links nothing, and 再試行 works once cleared', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順④ マイページ属性連携認証')
    await waitForHeading('マイページ属性連携認証')
    await applyFault(user, 'ハローワーク', 'サーバーエラー（500）', {
      endpoints: ['/link/authenticate'],
    })
    const before = serverState()

    await actOn(screenOfStep(4))
    const alert = await alertWith(MESSAGES.serverError(HW_SERVER))

    expect(serverState()).toEqual(before)
    expect(newestTransaction().stage).toBe('authenticated')
    expect(lastAudit('hellowork')).toMatchObject({
      type: 'link.authenticate',
      outcome: 'failure',
      code: 'server_error',
      detail: { injected: true },
    })

    await applyFault(user, 'ハローワーク', '障害なし')
    await user.click(within(alert).getByRole('button', { name: '再試行' }))
    await waitForHeading('つながり完了')
    expect(await screen.findByText(`${HELLOWORK_SITE_NAME}とつながりました。`)).toBeTruthy()
    expect(serverState().links).toHaveLength(1)
  })

  it('shows Mynaportal maintenance on つなぐ, opens no transaction, and 再試行 continues', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順② もっとつながる')
    await waitForHeading('もっとつながる')
    await applyFault(user, 'マイナポータル', 'メンテナンス中（503）')

    await user.click(findTarget(screenOfStep(2).target!))
    const alert = await alertWith(MESSAGES.maintenance('マイナポータル'))

    expect(serverState().transactions).toEqual([])
    await applyFault(user, 'マイナポータル', '障害なし')
    await user.click(within(alert).getByRole('button', { name: '再試行' }))
    await waitForHeading('同意確認')
  })

  it('shows a timeout of the back channel (/token) after 同意, keeps the code unused, and 再試行 links on', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順③ 同意確認')
    await waitForHeading('同意確認')
    await applyFault(user, 'マイナポータル', 'タイムアウト（504）', { endpoints: ['/token'] })

    await actOn(screenOfStep(3))
    const alert = await alertWith(MESSAGES.upstream('マイナポータル'))

    const state = serverState()
    expect(state.codes).toEqual([expect.objectContaining({ used: false })])
    expect(state.accessTokens).toEqual([])
    expect(newestTransaction().stage).toBe('authorizing')
    await applyFault(user, 'マイナポータル', '障害なし')
    await user.click(within(alert).getByRole('button', { name: '再試行' }))
    await waitForHeading('マイページ属性連携認証')
  })
})

describe('latency injected from the console', () => {
  it('keeps the forwarding screen waiting for the latency before 同意確認 appears', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順② もっとつながる')
    await waitForHeading('もっとつながる')
    await applyFault(user, 'ハローワーク', '障害なし', { latencyMs: 1200 })

    const started = Date.now()
    await user.click(findTarget(screenOfStep(2).target!))
    await waitForHeading('マイナポータルと連携しています')
    expect(screen.getByText(/^しばらくお待ちください/)).toBeTruthy()
    await waitForHeading('同意確認', 5000)

    expect(Date.now() - started).toBeGreaterThanOrEqual(1200)
    expect((await simulatorState()).faults.hellowork).toEqual({
      mode: 'none',
      endpoints: [],
      latencyMs: 1200,
    })
  })
})

describe('the fault form', () => {
  it('refuses a latency over 5 s at the field, with a focused summary, applying nothing', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await showSection(user, '障害・遅延')
    const form = faultForm('マイナポータル')
    const latency = within(form).getByLabelText(/^遅延/)
    await user.clear(latency)
    await user.type(latency, '6000')
    await user.click(within(form).getByRole('button', { name: 'マイナポータルに適用' }))

    const message = '遅延は0から5000までの整数（ミリ秒）で入力してください。'
    const summary = within(form).getByRole('alert')
    expect(document.activeElement).toBe(summary)
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy()
    expect(latency.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(latency.getAttribute('aria-describedby')!)?.textContent).toBe(
      message,
    )
    expect((await simulatorState()).faults.mynaportal.latencyMs).toBe(0)
  })

  it('asks for an endpoint when only chosen endpoints should fail', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await showSection(user, '障害・遅延')
    const form = faultForm('ハローワーク')
    await user.click(within(form).getByLabelText('サーバーエラー（500）'))
    await user.click(within(form).getByLabelText('選んだエンドポイントだけ'))
    await user.click(within(form).getByRole('button', { name: 'ハローワークに適用' }))

    expect(
      within(form).getAllByText('障害を起こすエンドポイントを1つ以上選んでください。'),
    ).toHaveLength(2)
    expect((await simulatorState()).faults.hellowork.mode).toBe('none')
    expect(consolePanel()).toBeTruthy()
  })
})
