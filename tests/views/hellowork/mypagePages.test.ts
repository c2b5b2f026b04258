import { describe, expect, it } from 'vitest'
import { REGISTRATION_REQUIRED_MESSAGE } from '@/contracts/hellowork'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { call } from '../../support/protocol'
import { mountApp, screen, settle, userEvent, waitFor, within } from '../../support/app'
import { settleRequests, signInByLinking, signInBySso } from './support'

const h1 = () => screen.getByRole('heading', { level: 1 }).textContent?.trim()

async function open(path: string, heading: string) {
  const app = await mountApp(path)
  await waitFor(() => expect(h1()).toBe(heading))
  return app
}

async function openSignedIn(path: string, heading: string) {
  await signInBySso()
  return open(path, heading)
}

const nav = () => screen.getByRole('navigation', { name: '求職者マイページ' })
const cards = () => screen.getAllByRole('article')
const jobNumbers = () =>
  cards().map((card) => within(card).getByText('求人番号', { selector: 'dt' }).nextElementSibling)

describe('the MyPage navigation', () => {
  it.each([
    ['ホーム', '求職者マイページホーム'],
    ['求人検索', '求人検索'],
    ['求職活動状況', '求職活動状況'],
    ['メッセージ', 'メッセージ'],
    ['求職者情報・設定', '求職者情報・設定'],
  ])('leads from 「%s」 to a screen headed 「%s」', async (item, heading) => {
    await openSignedIn('/hw/mypage', '求職者マイページホーム')
    await userEvent.setup().click(within(nav()).getByRole('link', { name: item }))
    await waitFor(() => expect(h1()).toBe(heading))
    await settleRequests()
  })

  it('sends a visitor without a session from a MyPage screen to Hello Work’s ログイン', async () => {
    const { router } = await mountApp('/hw/mypage/messages')
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-login'))
    expect(screen.queryByText(/新着メッセージ/)).toBeNull()
  })
})

describe('求人検索 and 求人詳細', () => {
  it('lists every job at first, then narrows by keyword and by area', async () => {
    await openSignedIn('/hw/mypage/jobs', '求人検索')
    await screen.findByText('全12件', {}, { timeout: 3000 })

    const user = userEvent.setup()
    await user.type(screen.getByLabelText('キーワード'), '看護')
    await user.click(screen.getByRole('button', { name: '検索する' }))
    await screen.findByText('全1件', {}, { timeout: 3000 })
    expect(within(cards()[0]!).getByRole('heading', { name: '看護師' })).toBeTruthy()

    await user.clear(screen.getByLabelText('キーワード'))
    await user.selectOptions(screen.getByLabelText('就業場所（都道府県）'), '大阪府')
    await user.click(screen.getByRole('button', { name: '検索する' }))
    await screen.findByText('全1件', {}, { timeout: 3000 })
    expect(jobNumbers().map((dd) => dd?.textContent)).toEqual(['27010-06666666'])
  })

  it('says so when nothing matches', async () => {
    await openSignedIn('/hw/mypage/jobs?keyword=宇宙飛行士', '求人検索')
    expect(
      await screen.findByText(
        '条件に合う求人はありませんでした。条件を変えて検索してください。',
        {},
        { timeout: 3000 },
      ),
    ).toBeTruthy()
  })

  it('opens 求人詳細 from 詳細を表示 on a search result', async () => {
    const { router } = await openSignedIn('/hw/mypage/jobs?keyword=保育', '求人検索')
    await screen.findByText('全1件', {}, { timeout: 3000 })
    await userEvent.setup().click(screen.getByRole('link', { name: /^詳細を表示/ }))
    await waitFor(() => expect(h1()).toBe('求人詳細'))
    await screen.findByRole('heading', { name: '保育士' }, { timeout: 3000 })
    const route = router.currentRoute.value
    expect(route.name === 'hw-job-detail' && route.params.jobNumber).toBe('11010-08888888')
  })

  it('applies to a job, which then shows on 求職活動状況', async () => {
    await openSignedIn('/hw/mypage/jobs/13040-03333333', '求人詳細')
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: '応募する' }, { timeout: 3000 }))
    expect(await screen.findByText(/に応募しました。/, {}, { timeout: 3000 })).toBeTruthy()
    expect(helloworkDb.read().applications.map((a) => a.jobNumber)).toContain('13040-03333333')

    await user.click(within(nav()).getByRole('link', { name: '求職活動状況' }))
    const table = await screen.findByRole('table', {}, { timeout: 3000 })
    expect(within(table).getByRole('link', { name: '看護師' })).toBeTruthy()
  })

  it('disables 応募する while the 求職登録 is invalid, and says why', async () => {
    await signInByLinking('expired-registration')
    await open('/hw/mypage/jobs/13040-03333333', '求人詳細')
    const button = await screen.findByRole('button', { name: '応募する' }, { timeout: 3000 })
    expect(button).toHaveProperty('disabled', true)
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '')
    expect(reason?.textContent?.trim()).toBe(REGISTRATION_REQUIRED_MESSAGE)
  })

  it('shows the not-found message for a job number that does not exist', async () => {
    await openSignedIn('/hw/mypage/jobs/99999-99999999', '求人詳細')
    expect(
      await screen.findByText('お探しの情報が見つかりませんでした。', {}, { timeout: 3000 }),
    ).toBeTruthy()
  })
})

describe('the home’s links', () => {
  it('opens the manual’s job from 詳細を表示 on the home', async () => {
    const { router } = await openSignedIn('/hw/mypage', '求職者マイページホーム')
    const online = await screen.findByRole(
      'region',
      { name: 'オンラインハローワーク紹介対象求人' },
      { timeout: 3000 },
    )
    await userEvent.setup().click(within(online).getByRole('link', { name: /^詳細を表示/ }))
    await waitFor(() => expect(h1()).toBe('求人詳細'))
    const route = router.currentRoute.value
    expect(route.name === 'hw-job-detail' && route.params.jobNumber).toBe('13010-09999999')
    expect(await screen.findByText(/に応募しました。/, {}, { timeout: 3000 })).toBeTruthy()
  })

  it.each([
    ['オンラインハローワーク紹介対象求人全てを表示', 'オンラインハローワーク紹介対象求人', '全1件'],
    ['求人者からのリクエスト求人全てを表示', '求人者からのリクエスト求人', '全2件'],
  ])('opens 「%s」 as a list of all its jobs', async (link, heading, count) => {
    await openSignedIn('/hw/mypage', '求職者マイページホーム')
    await userEvent
      .setup()
      .click(await screen.findByRole('link', { name: link }, { timeout: 3000 }))
    await waitFor(() => expect(h1()).toBe(heading))
    expect(await screen.findByText(count, {}, { timeout: 3000 })).toBeTruthy()
  })

  it('opens 求職活動状況 from 「応募中の求人全てを表示」, listing 介護福祉士', async () => {
    await openSignedIn('/hw/mypage', '求職者マイページホーム')
    await userEvent
      .setup()
      .click(await screen.findByRole('link', { name: '応募中の求人全てを表示' }, { timeout: 3000 }))
    await waitFor(() => expect(h1()).toBe('求職活動状況'))
    const row = (
      await screen.findByRole('link', { name: '介護福祉士' }, { timeout: 3000 })
    ).closest('tr')!
    expect(within(row).getByText('株式会社ハローワークケア')).toBeTruthy()
    expect(within(row).getByText('2021年9月21日')).toBeTruthy()
    expect(within(row).getByText('応募中')).toBeTruthy()
  })

  it.each([
    ['職業訓練検索', 'training'],
    ['イベント情報検索', 'events'],
  ])('opens 「%s」 on a page that says it is outside the simulation', async (name, target) => {
    const { router } = await openSignedIn('/hw/mypage', '求職者マイページホーム')
    await userEvent.setup().click(await screen.findByRole('link', { name }, { timeout: 3000 }))
    await waitFor(() => expect(h1()).toBe(name))
    const route = router.currentRoute.value
    expect(route.name === 'hw-external' && route.params.target).toBe(target)
    expect(screen.getByText('このページはシミュレーターの範囲外です')).toBeTruthy()
  })
})

describe('メッセージ', () => {
  it('lists the messages with the unread count, newest first', async () => {
    await openSignedIn('/hw/mypage/messages', 'メッセージ')
    expect(await screen.findByText('新着メッセージ: 2件', {}, { timeout: 3000 })).toBeTruthy()
    const subjects = screen.getAllByRole('link', { name: /^【飯田橋公共職業安定所】/ })
    expect(subjects.map((link) => link.textContent)).toEqual([
      '【飯田橋公共職業安定所】応募書類の送付について',
      '【飯田橋公共職業安定所】オンラインハローワーク紹介のご案内',
      '【飯田橋公共職業安定所】求職者マイページの開設について',
    ])
    expect(screen.getAllByText('未読')).toHaveLength(2)
  })

  it('marks a message read on the server when opened, lowering 新着メッセージ on the home', async () => {
    const { router } = await openSignedIn('/hw/mypage/messages', 'メッセージ')
    const user = userEvent.setup()
    await user.click(
      await screen.findByRole(
        'link',
        { name: '【飯田橋公共職業安定所】応募書類の送付について' },
        { timeout: 3000 },
      ),
    )
    await waitFor(() => expect(h1()).toBe('メッセージ詳細'))
    expect(
      await screen.findByText(
        '株式会社ハローワークケアから、応募書類の送付先についてご連絡がありました。',
        {},
        { timeout: 3000 },
      ),
    ).toBeTruthy()
    await waitFor(() =>
      expect(helloworkDb.read().messages.find((m) => m.id === 'msg-3')?.read).toBe(true),
    )

    await router.push('/hw/mypage')
    expect(await screen.findByText('新着メッセージ: 1件', {}, { timeout: 3000 })).toBeTruthy()
  })
})

describe('求職者情報・設定', () => {
  it('shows the profile and マイナポータル連携 連携中 while Hello Work holds the link', async () => {
    await openSignedIn('/hw/mypage/profile', '求職者情報・設定')
    const link = await screen.findByRole(
      'region',
      { name: 'マイナポータル連携' },
      { timeout: 3000 },
    )
    expect(within(link).getByText('連携中')).toBeTruthy()
    expect(within(link).getByText('2021年9月15日')).toBeTruthy()
    const profile = screen.getByRole('region', { name: '求職者情報' })
    expect(within(profile).getByText('13010-01234567')).toBeTruthy()
    expect(within(profile).getByText('yuki.ashita@example.jp')).toBeTruthy()
  })

  it('shows 未連携 once the link is gone, with the account still signed in', async () => {
    const { csrfToken } = await signInByLinking('unlinked')
    const stopped = await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, {
      body: { csrfToken },
    })
    expect(stopped.status).toBe(200)
    expect(helloworkDb.read().links).toHaveLength(0)

    await open('/hw/mypage/profile', '求職者情報・設定')
    const link = await screen.findByRole(
      'region',
      { name: 'マイナポータル連携' },
      { timeout: 3000 },
    )
    expect(within(link).getByText('未連携')).toBeTruthy()
    expect(within(link).queryByText('連携日')).toBeNull()
    await settle()
  })
})
