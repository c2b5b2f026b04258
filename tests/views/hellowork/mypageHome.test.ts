import { describe, expect, it } from 'vitest'
import { REGISTRATION_INVALID_MESSAGE } from '@/contracts/hellowork'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { mountApp, screen, userEvent, waitFor, within } from '../../support/app'
import { signInByLinking, signInBySso } from './support'

/** The value shown next to a definition-table head inside `scope`. */
function valueOf(scope: HTMLElement, label: string): string {
  const term = within(scope).getByText(label, { selector: 'dt' })
  return term.nextElementSibling?.textContent?.trim() ?? ''
}

async function openHome(scenario: 'linked' | 'expired-registration' = 'linked') {
  // expired-registration starts unlinked: its session comes from linking (④ signs in).
  if (scenario === 'linked') await signInBySso()
  else await signInByLinking(scenario)
  const app = await mountApp('/hw/mypage')
  await screen.findByText(/前回のログイン日時/, {}, { timeout: 3000 })
  return app
}

const section = (name: string) => screen.getByRole('region', { name })

describe('求職者マイページホーム (step ⑥)', () => {
  it('shows the header, the MyPage navigation and the previous login time in Japan time', async () => {
    await openHome()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('求職者マイページホーム')
    expect(screen.getByText('HelloWork Internet Service')).toBeTruthy()
    expect(screen.getByText('ハローワーク インターネットサービス')).toBeTruthy()
    expect(screen.getByText('厚生労働省')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'ログアウト' })).toBeTruthy()
    const nav = screen.getByRole('navigation', { name: '求職者マイページ' })
    expect(within(nav).getByRole('link', { name: 'ホーム' })).toBeTruthy()
    expect(screen.getByText('前回のログイン日時: 2021年09月21日 10時00分')).toBeTruthy()
  })

  it('shows the online-referral job exactly as the manual’s screenshot', async () => {
    await openHome()
    const online = section('オンラインハローワーク紹介対象求人')
    expect(within(online).getByText('全1件中最新の求人を表示しています。')).toBeTruthy()
    expect(within(online).getByRole('heading', { name: '介護福祉士' })).toBeTruthy()
    expect(within(online).getByText('有効')).toBeTruthy()
    expect(within(online).getByText('受付年月日: 2021年9月21日')).toBeTruthy()
    expect(within(online).getByText('応募期限日: 2021年11月30日')).toBeTruthy()
    expect({
      求人区分: valueOf(online, '求人区分'),
      就業時間: valueOf(online, '就業時間'),
      事業所名: valueOf(online, '事業所名'),
      休日: valueOf(online, '休日'),
      就業場所: valueOf(online, '就業場所'),
      年齢: valueOf(online, '年齢'),
      仕事の内容: valueOf(online, '仕事の内容'),
      雇用形態: valueOf(online, '雇用形態'),
      求人番号: valueOf(online, '求人番号'),
      賃金: valueOf(online, '賃金 (手当等を含む)'),
      公開範囲: valueOf(online, '公開範囲'),
    }).toEqual({
      求人区分: 'フルタイム',
      就業時間: '(1) 09時00分~18時00分',
      事業所名: '株式会社ハローワークケア',
      休日: '土日祝 週休二日制:毎週 年間休日数:120日',
      就業場所: '東京都千代田区',
      年齢: '制限あり ~59歳以下',
      仕事の内容:
        'グループホーム(2ユニット:18人定員)にて、ご利用者様に対する生活全般の介護サービスを提供いたします。(主な業務)',
      雇用形態: '正社員',
      求人番号: '13010-09999999',
      賃金: '205,000円~290,000円',
      公開範囲: '1. 事業所名等を含む求人情報を公開する',
    })
    const tags = within(within(online).getByRole('list', { name: '求人の特徴' })).getAllByRole(
      'listitem',
    )
    expect(tags.map((tag) => tag.textContent?.trim())).toEqual([
      '経験不問',
      '学歴不問',
      '時間外労働なし',
      '週休二日制(土日休)',
      '転勤なし',
      '書類選考なし',
      '通勤手当あり',
      '駅近(徒歩10分以内)',
      'マイカー通勤可',
      'U/Iターン歓迎',
      'トライアル雇用併用',
    ])
    expect(within(online).getByText('求人数: 3名')).toBeTruthy()
  })

  it('shows the requested job in the same card, as フルタイム(障)', async () => {
    await openHome()
    const requested = section('求人者からのリクエスト求人')
    expect(within(requested).getByText('全2件中最新の求人を表示しています。')).toBeTruthy()
    expect(within(requested).getByRole('heading', { name: '介護福祉士' })).toBeTruthy()
    expect(valueOf(requested, '求人区分')).toBe('フルタイム(障)')
    expect(valueOf(requested, '事業所名')).toBe('株式会社ハローワークケア')
  })

  it('shows the side panel with the job seeker, the office, messages, disclosure and applications', async () => {
    await openHome()
    const panel = section('明日 勇気様')
    for (const text of [
      '利用安定所名: 飯田橋公共職業安定所',
      '新着メッセージ: 2件',
      '求職公開状況: 公開中',
      '介護福祉士',
    ]) {
      expect(within(panel).getByText(text)).toBeTruthy()
    }
  })

  it('shows a QR code of the 求職番号 under the guidance, and the 受付票 in a closable dialog', async () => {
    await openHome()
    const guide = section('ハローワークをご利用にあたってのご案内')
    expect(
      within(guide).getByText(
        'ハローワークにお越しの際は、担当窓口にてハローワーク受付票または以下の2次元バーコードをご提示ください。',
      ),
    ).toBeTruthy()
    const qr = within(guide).getByRole('img', {
      name: `求職番号 ${PRACTICE_PERSONA.jobSeekerNumber} の2次元バーコード`,
    })
    expect(qr.tagName.toLowerCase()).toBe('svg')
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/)
    expect(screen.queryByRole('dialog')).toBeNull()

    const user = userEvent.setup()
    await user.click(within(guide).getByRole('button', { name: 'ハローワーク受付票を表示' }))
    const dialog = screen.getByRole('dialog', { name: 'ハローワーク受付票' })
    expect(valueOf(dialog, '求職番号')).toBe(PRACTICE_PERSONA.jobSeekerNumber)
    expect(valueOf(dialog, '氏名')).toBe(PRACTICE_PERSONA.displayName)
    expect(valueOf(dialog, '利用安定所名')).toBe(PRACTICE_PERSONA.officeName)
    expect(within(dialog).getByRole('img', { name: /2次元バーコード/ })).toBeTruthy()

    await user.click(within(dialog).getByRole('button', { name: '閉じる' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('ends with the links outside 求職者マイページ', async () => {
    await openHome()
    expect(screen.getByText('求職者マイページ外へリンクします。')).toBeTruthy()
    expect(screen.getByText('職業訓練検索')).toBeTruthy()
    expect(screen.getByText('イベント情報検索')).toBeTruthy()
  })

  it('shows the banner when the 求職登録 is no longer valid', async () => {
    await openHome('expired-registration')
    expect(screen.getByRole('alert').textContent).toContain(REGISTRATION_INVALID_MESSAGE)
  })

  it('shows no banner while the 求職登録 is valid', async () => {
    await openHome()
    expect(screen.queryByText(REGISTRATION_INVALID_MESSAGE)).toBeNull()
  })

  it('sends a visitor without a session to Hello Work’s ログイン, showing nothing of the user', async () => {
    const { router } = await mountApp('/hw/mypage')
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-login'))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ログイン')
    expect(screen.queryByText(/明日 勇気/)).toBeNull()
    expect(screen.queryByRole('button', { name: 'ログアウト' })).toBeNull()
  })

  it('logs out with ログアウト, back to the top, after which the home is refused', async () => {
    const { router } = await openHome()
    await userEvent.setup().click(screen.getByRole('button', { name: 'ログアウト' }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-top'))
    expect(screen.getByText('ログアウトしました')).toBeTruthy()

    await router.push('/hw/mypage')
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-login'))
  })
})
