import { beforeEach, describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { flowScreens, linkFlow, mismatchFlow, ssoFlow, unlinkFlow } from '@/flows'
import { useGuideStore } from '@/stores/guide'
import { screen, userEvent, waitFor, within } from '../support/app'
import { waitForHeading, walkFlow } from '../support/walkFlow'
import { expectGuideOn, guidePanel, panelText, startGuide, walkScreens } from './support'

const LINK = flowScreens(linkFlow)
const LOGIN = LINK.findIndex((entry) => entry.screen.routeName === 'myna-login')
const CONSENT = LINK.findIndex((entry) => entry.screen.routeName === 'myna-consent')

function liveRegionText(): string {
  const region = guidePanel().ownerDocument.querySelector('[aria-live][data-guide]')
  return region?.textContent?.trim() ?? ''
}

beforeEach(() => sessionStorage.clear())

describe('guide mode', () => {
  it.each([linkFlow, unlinkFlow, ssoFlow, mismatchFlow])(
    'tells every screen of $shortName in the manual’s words and ends with a summary',
    async (flow) => {
      await startGuide(flow)
      await walkFlow(flow, async (flowScreen, stepNumber) => {
        if (flowScreen.target) await expectGuideOn(flow, flowScreen, stepNumber)
      })

      await waitFor(() => expect(panelText()).toContain('最後まで進めました'))
      const last = flow.steps.length
      expect(within(guidePanel()).getByText(`${flow.shortName} ${last}/${last}`)).toBeTruthy()
      expect(panelText()).toContain('案内と違う操作0回')
      expect(liveRegionText()).toContain('案内と違う操作は0回')
    },
  )

  it('announces the step it moves to in Japanese', async () => {
    await startGuide(linkFlow)
    await walkScreens(linkFlow, 0, CONSENT)
    await waitForHeading('同意確認')
    await waitFor(() =>
      expect(liveRegionText()).toContain('ガイド つなぐ 3/6。手順③「同意確認」画面'),
    )
  })

  it('stays on the step with a hint when the server refuses the PIN, and moves on when it accepts', async () => {
    const { router } = await startGuide(linkFlow)
    await walkScreens(linkFlow, 0, LOGIN)
    await waitForHeading('ログイン')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('暗証番号（数字4桁）', { exact: false }), '9999')
    await user.click(screen.getByRole('button', { name: 'ログイン' }))

    await waitFor(() => expect(panelText()).toContain(MESSAGES.pinIncorrect(2)))
    expect(panelText()).toContain('もう一度「ログイン」を押してください')
    expect(router.currentRoute.value.name).toBe('myna-login')
    await expectGuideOn(linkFlow, LINK[LOGIN]!.screen, 1)
    expect(liveRegionText()).toContain('操作は受け付けられませんでした')

    await user.type(
      screen.getByLabelText('暗証番号（数字4桁）', { exact: false }),
      PRACTICE_PERSONA.pin,
    )
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await waitForHeading('トップページ')
    await expectGuideOn(linkFlow, LINK[LOGIN + 1]!.screen, 1)
    expect(panelText()).not.toContain('受け付けられませんでした')
  })

  it('counts 同意しない as a mistake, goes back to ② with a hint, and the summary keeps the count', async () => {
    await startGuide(linkFlow)
    await walkScreens(linkFlow, 0, CONSENT)
    await waitForHeading('同意確認')
    await userEvent.setup().click(await screen.findByRole('button', { name: '同意しない' }))

    await waitForHeading('もっとつながる')
    await expectGuideOn(linkFlow, LINK[CONSENT - 1]!.screen, 2)
    expect(panelText()).toContain('「同意確認」画面で案内と違う操作をしたため')

    await walkScreens(linkFlow, CONSENT - 1, LINK.length - 1)
    await waitFor(() => expect(panelText()).toContain('案内と違う操作1回'))
  })

  it('gives a hint without moving when the learner opens a screen outside the flow', async () => {
    const { router } = await startGuide(linkFlow)
    await router.push('/hw/')
    await waitForHeading('ハローワークインターネットサービス')
    await waitFor(() =>
      expect(panelText()).toContain(
        '「ハローワークインターネットサービス」は手順①の画面ではありません',
      ),
    )
    expect(within(guidePanel()).getByText('つなぐ 1/6')).toBeTruthy()
    expect(document.querySelector('[data-guide-target]')).toBeNull()
  })

  it('moves to a step the trainer console puts the learner on, without counting a mistake', async () => {
    await startGuide(linkFlow)
    await walkScreens(linkFlow, 0, CONSENT - 1)
    await waitForHeading('もっとつながる')
    useGuideStore().goToStep(1)
    await waitFor(() => expect(within(guidePanel()).getByText('つなぐ 1/6')).toBeTruthy())
    expect(liveRegionText()).toContain('手順①「マイナポータル」画面')

    await walkScreens(linkFlow, CONSENT - 1, CONSENT)
    await expectGuideOn(linkFlow, LINK[CONSENT]!.screen, 3)
    expect(useGuideStore().state?.mistakes).toBe(0)
  })

  it('folds and unfolds from the keyboard, and ends on ガイドを終了する', async () => {
    await startGuide(linkFlow)
    const user = userEvent.setup()
    const toggle = within(guidePanel()).getByRole('button', { name: 'たたむ' })
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(within(guidePanel()).queryByRole('button', { name: 'ガイドを終了する' })).toBeNull()

    await user.keyboard('{Enter}')
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    await user.click(within(guidePanel()).getByRole('button', { name: 'ガイドを終了する' }))
    expect(screen.queryByRole('complementary', { name: 'ガイド' })).toBeNull()
    expect(document.querySelector('[data-guide-target]')).toBeNull()
  })
})
