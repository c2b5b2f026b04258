/**
 * The 確認テスト through the mounted app: started from the launcher by its labels, followed as
 * guide mode follows a flow, hints by degree from the ヒント button, resumed after a reload, and
 * ended on a result page that keeps the figures.
 */
import { describe, expect, it } from 'vitest'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { flowScreens, linkFlow } from '@/flows'
import { loadResults } from '@/practice/resultsStorage'
import { useAssessmentStore } from '@/stores/assessment'
import { mountApp, screen, unmountAll, userEvent, waitFor, within } from '../support/app'
import { findTarget, waitForHeading } from '../support/walkFlow'
import { walkScreens } from '../guide/support'

const LINK = flowScreens(linkFlow)
const index = (routeName: string) => LINK.findIndex((e) => e.screen.routeName === routeName)
const bar = () => screen.getByRole('complementary', { name: '確認テスト' })
const barText = () => bar().textContent?.replace(/\s+/g, ' ') ?? ''

async function startAssessment(learner: string, maxHints = '2') {
  const user = userEvent.setup()
  const mounted = await mountApp('/')
  await user.click(await screen.findByRole('link', { name: '確認テスト' }))
  await waitForHeading('確認テスト')
  await user.type(screen.getByLabelText('受講者の名前または番号'), learner)
  await user.selectOptions(screen.getByLabelText('課題'), linkFlow.title)
  const hints = screen.getByLabelText('ヒントの上限（回）')
  await user.clear(hints)
  await user.type(hints, maxHints)
  await user.click(screen.getByRole('button', { name: '確認テストを始める' }))
  await waitForHeading('マイナポータル')
  // The bar is loaded when a run starts; the first time, vitest transforms it first.
  await waitFor(() => expect(bar()).toBeTruthy(), 10_000)
  return { ...mounted, user }
}

describe('確認テスト', () => {
  it('refuses to start without a name, and a limit that is not a number, in Japanese', async () => {
    const user = userEvent.setup()
    await mountApp('/practice/assessment')
    await waitForHeading('確認テスト')
    const hints = screen.getByLabelText('ヒントの上限（回）')
    await user.clear(hints)
    await user.type(hints, 'たくさん')
    await user.click(screen.getByRole('button', { name: '確認テストを始める' }))
    expect(screen.getByText('名前か番号を入力してください。')).toBeTruthy()
    expect(screen.getByText(/「ヒントの上限」は 0 から 99 までの数字/)).toBeTruthy()
    expect(screen.getByLabelText('受講者の名前または番号').getAttribute('aria-invalid')).toBe(
      'true',
    )
    expect(screen.queryByRole('complementary', { name: '確認テスト' })).toBeNull()
  })

  it('says so when the URL names a task that does not exist, and offers the list', async () => {
    await mountApp('/practice/assessment?task=constructor')
    await waitForHeading('確認テスト')
    expect(screen.getByText(/URLの課題「constructor」はありません/)).toBeTruthy()
    expect((screen.getByLabelText('課題') as HTMLSelectElement).value).toBe('link')
  })

  it('shows the task without a coach, gives hints by degree, counts wrong actions per step, and keeps the result', async () => {
    const { user } = await startAssessment('受講者 1', '2')
    expect(barText()).toContain('マイナポータルと求職者マイページをつないでください。')
    expect(screen.queryByRole('complementary', { name: 'ガイド' })).toBeNull()
    expect(document.querySelector('[data-guide-target]')).toBeNull()

    // A refused PIN at ① is a mistake of ①.
    await walkScreens(linkFlow, 0, index('myna-login'))
    await waitForHeading('ログイン')
    await user.type(screen.getByLabelText('暗証番号（数字4桁）', { exact: false }), '9999')
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0))
    await user.clear(screen.getByLabelText('暗証番号（数字4桁）', { exact: false }))
    await user.type(
      screen.getByLabelText('暗証番号（数字4桁）', { exact: false }),
      PRACTICE_PERSONA.pin,
    )
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await walkScreens(linkFlow, index('myna-login') + 1, index('myna-connections'))

    // ②: three hints, each saying more; the third outlines the row's つなぐ.
    await waitForHeading('もっとつながる')
    const hint = () => within(bar()).getByRole('button', { name: /^ヒント/ })
    await user.click(hint())
    await waitFor(() =>
      expect(barText()).toContain(
        '手順②「もっとつながる」画面です。つなぎたいサービスを一覧から探して',
      ),
    )
    expect(barText()).not.toContain('ボタンを押します')
    await user.click(hint())
    await waitFor(() =>
      expect(barText()).toMatch(
        /画面の.+「厚生労働省ハローワークインターネットサービス」の段にある「つなぐ」ボタンを押します。/,
      ),
    )
    expect(document.querySelector('[data-guide-target]')).toBeNull()
    await user.click(hint())
    await waitFor(() => expect(barText()).toContain('押すところを枠で囲みました。'))
    const target = findTarget(LINK[index('myna-connections')]!.screen.target!)
    await waitFor(() => expect(document.querySelector('[data-guide-target]')).toBe(target))
    expect(hint()).toHaveProperty('disabled', true)

    // Another site's つなぐ leads nowhere in the simulator: a mistake of ②.
    const other = screen
      .getAllByRole('button', { name: 'つなぐ' })
      .find((button) => button !== target)!
    await user.click(other)
    await waitFor(() => expect(useAssessmentStore().run?.attempt.steps[1]?.mistakes).toBe(1), 5000)

    await walkScreens(linkFlow, index('myna-connections'), index('myna-consent'))
    await waitForHeading('同意確認')
    expect(barText()).not.toContain('押すところを枠で囲みました。')
    // 同意しない leads back to ②: a mistake of ③.
    await user.click(screen.getByRole('button', { name: '同意しない' }))
    await waitForHeading('もっとつながる')
    await walkScreens(linkFlow, index('myna-connections'), LINK.length - 1)

    await waitForHeading('確認テストの結果', 6000)
    expect(screen.getByText('もう一度')).toBeTruthy() // 3 hints, the rule allows 2
    const rows = within(
      screen.getByRole('region', { name: '手順ごとの時間・まちがい・ヒント' }),
    ).getAllByRole('row')
    const cells = (name: string) =>
      rows.find((row) => row.textContent?.includes(name))!.textContent!
    expect(cells('① マイナポータル')).toMatch(/1回0回$/)
    expect(cells('② もっとつながる')).toMatch(/1回3回$/)
    expect(cells('③ 同意確認')).toMatch(/1回0回$/)
    expect(cells('⑥')).toContain('到達')

    const [kept] = loadResults().attempts
    expect(kept).toMatchObject({
      learner: '受講者 1',
      taskId: 'link',
      mistakes: 3,
      hints: 3,
      passed: false,
      resumed: 0,
    })
    expect(kept!.simulatedAt).toMatch(/^2021-09-22T01:00:00/)
    expect(kept!.steps.find((s) => s.number === 2)!.ms).toBeGreaterThan(0)
    expect(screen.queryByRole('complementary', { name: '確認テスト' })).toBeNull()
  }, 60_000)

  it('resumes after a reload on the same step with its counts, and says so in the result', async () => {
    const { user } = await startAssessment('受講者 2', '5')
    await walkScreens(linkFlow, 0, index('myna-connections'))
    await waitForHeading('もっとつながる')
    await user.click(within(bar()).getByRole('button', { name: /^ヒント/ }))
    await waitFor(() => expect(barText()).toContain('手順②'))

    unmountAll()
    await mountApp('/myna/connections')
    await waitForHeading('もっとつながる')
    await waitFor(() => expect(bar()).toBeTruthy())
    await waitFor(() => expect(barText()).toContain('再読み込みしたため、途中から再開しました'))
    expect(within(bar()).getByRole('button', { name: /^ヒント/ }).textContent).toContain('1/3')
    await walkScreens(linkFlow, index('myna-connections'), LINK.length - 1)

    await waitForHeading('確認テストの結果', 6000)
    expect(screen.getByText('合格')).toBeTruthy()
    expect(screen.getByText(/途中でページを再読み込みし、続きから再開しました（1回）/)).toBeTruthy()
    expect(loadResults().attempts[0]).toMatchObject({ learner: '受講者 2', hints: 1, resumed: 1 })
  }, 60_000)
})
