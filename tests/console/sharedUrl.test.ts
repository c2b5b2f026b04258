/**
 * Every console setting is in the situation URL, and the URL opened in another browser (empty
 * storage) reproduces exactly that situation: scenario, step, faults, latency, persona, clock.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import type { SituationRequest } from '@/contracts/simulator'
import { situationFromQuery, situationToQuery } from '@/router/situationQuery'
import { mountApp, screen, unmountAll, userEvent, within } from '../support/app'
import { waitForHeading } from '../support/walkFlow'
import {
  applyFault,
  consolePanel,
  openConsole,
  resetToStep,
  showSection,
  simulatorState,
  situationUrl,
  type User,
} from './support'

async function editPersonaAndClock(user: User) {
  await showSection(user, '人物・時計')
  const panel = consolePanel()
  const fill = async (label: string, value: string) => {
    const field = within(panel).getByLabelText(label)
    await user.clear(field)
    await user.type(field, value)
  }
  await fill('氏名', '試験 花子')
  await fill('メールアドレス', 'hanako@example.jp')
  await fill('利用安定所名', '新宿公共職業安定所')
  await user.click(within(panel).getByRole('button', { name: '人物を保存' }))
  await within(panel).findByText(/人物の情報を両方のサーバーに保存しました。/)
  await fill('日時（日本時間）', '2021-10-01T09:30:15')
  await user.click(within(panel).getByRole('button', { name: '日時を設定' }))
  await within(panel).findByText(/シミュレーター内の日時を 2021年10月1日 09:30 にしました。/)
}

/** A fresh browser: nothing in storage, nothing mounted, and the URL pasted into it. */
async function openInFreshBrowser(url: string) {
  unmountAll()
  localStorage.clear()
  sessionStorage.clear()
  const { pathname, search } = new URL(url)
  return mountApp(`${pathname}${search}`)
}

describe('the situation URL', () => {
  it('reproduces scenario, step, faults, latency, persona and clock in a fresh browser', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順③ 同意確認')
    await waitForHeading('同意確認')
    await applyFault(user, 'ハローワーク', 'メンテナンス中（503）', {
      endpoints: ['/link/transaction'],
    })
    await applyFault(user, 'マイナポータル', '障害なし', { latencyMs: 300 })
    await editPersonaAndClock(user)
    await screen.findByRole('button', { name: '同意' })
    const url = situationUrl()
    const state = await simulatorState()

    expect(url).toContain('scenario=unlinked&flow=link&step=3')
    const { router } = await openInFreshBrowser(url)

    await waitForHeading('同意確認', 5000)
    expect(router.currentRoute.value.query).toEqual({})
    expect(await simulatorState()).toEqual(state)
    await openConsole(userEvent.setup())
    expect(situationUrl()).toBe(url)
    // The injected maintenance of ④'s transaction is there too.
    const agree = await screen.findByRole('button', { name: '同意' }, { timeout: 4000 })
    await userEvent.setup().click(agree)
    const maintenance = MESSAGES.maintenance('ハローワークインターネットサービス')
    expect(await screen.findByText(maintenance, {}, { timeout: 4000 })).toBeTruthy()
    // About 4.8 s on a loaded two-core machine, before and after any change: past the default 5 s.
  }, 15_000)

  it('names only the scenario and the page when nothing else differs from the defaults', async () => {
    await mountApp('/hw/?scenario=linked')
    await waitForHeading('ハローワークインターネットサービス')
    await openConsole(userEvent.setup())

    expect(situationUrl()).toBe('http://localhost/hw/?scenario=linked')
  })

  it('opens the console with the reason when the URL names a step that does not exist', async () => {
    const { router } = await mountApp('/myna/?scenario=unlinked&flow=link&step=9')

    const panel = await screen.findByRole('dialog', { name: 'トレーナー用コンソール' })
    expect(within(panel).getByText(/手順の番号は1から6までで指定してください。/)).toBeTruthy()
    expect(router.currentRoute.value.fullPath).toBe('/myna/')
  })
})

describe('a situation URL naming what no list has', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'says the flow %j is not in the list, and the page keeps working',
    async (flow) => {
      const { router } = await mountApp(`/myna/?scenario=linked&flow=${flow}&step=1`)

      const panel = await screen.findByRole('dialog', { name: 'トレーナー用コンソール' })
      expect(within(panel).getByText(new RegExp(MESSAGES.unknownFlow(flow)))).toBeTruthy()
      expect(router.currentRoute.value.fullPath).toBe('/myna/')
      await waitForHeading('マイナポータル')
      // Nothing was loaded: the default scenario is still there, and the console still works.
      expect((await simulatorState()).scenario).toBe('unlinked')
      await resetToStep(userEvent.setup(), '手順③ 同意確認')
      await waitForHeading('同意確認')
    },
  )
})

describe('a situation URL with a clock the simulator does not keep', () => {
  it.each([
    ['2021-02-30T10:00:00', MESSAGES.clockNoSuchDate('2021年2月30日')],
    ['1850-01-01T10:00:00', MESSAGES.clockOutOfRange],
    ['2300-01-01T10:00', MESSAGES.clockOutOfRange],
    ['tomorrow', MESSAGES.clockFormat],
  ])('clock=%s: the console says why, and the clock is not changed', async (clock, message) => {
    const { router } = await mountApp(`/myna/?scenario=linked&clock=${clock}`)

    const panel = await screen.findByRole('dialog', { name: 'トレーナー用コンソール' })
    expect(within(panel).getByText(new RegExp(message))).toBeTruthy()
    expect(router.currentRoute.value.fullPath).toBe('/myna/')
    expect((await simulatorState()).clock).toEqual({
      now: '2021-09-22T01:00:00.000Z',
      frozen: true,
    })
  })
})

describe('the situation query', () => {
  const full: SituationRequest = {
    scenario: 'unlinked',
    flow: 'link',
    step: 4,
    persona: { displayName: '試験 花子', email: 'hanako@example.jp', officeName: '新宿' },
    clock: { now: '2021-10-01T00:30:15.000Z', frozen: false },
    faults: {
      mynaportal: { mode: 'timeout', latencyMs: 1500, endpoints: [] },
      hellowork: { mode: 'error', latencyMs: 0, endpoints: ['/token', '/jwks'] },
    },
  }

  it('reads back every part it writes', () => {
    expect(situationFromQuery(situationToQuery(full))).toEqual(full)
  })

  it('writes the clock in Japan time and leaves the defaults out', () => {
    expect(situationToQuery(full)).toMatchObject({
      clock: '2021-10-01T09:30:15',
      clock_running: '1',
    })
    expect(
      situationToQuery({
        scenario: 'linked',
        persona: { ...PRACTICE_PERSONA },
        clock: { now: '2021-09-22T01:00:00.000Z', frozen: true },
        faults: {
          mynaportal: { mode: 'none', latencyMs: 0, endpoints: [] },
          hellowork: { mode: 'none', latencyMs: 0, endpoints: ['/token'] },
        },
      }),
    ).toEqual({ scenario: 'linked' })
  })
})
