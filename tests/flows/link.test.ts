import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { linkFlow, screenOf } from '@/flows'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { mountApp, screen, settle } from '../support/app'
import { walkFlow } from '../support/walkFlow'

describe('the link flow (manual 3.4 (1), steps ①–⑥)', () => {
  it('walks every screen of the manual from Mynaportal to 求職者マイページホーム', async () => {
    const { router } = await mountApp(`${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    const seen: string[] = []
    await walkFlow(linkFlow, (flowScreen, stepNumber) => {
      seen.push(`${stepNumber} ${screenOf(flowScreen).title}`)
      expect(router.currentRoute.value.name).toBe(flowScreen.routeName)
    })

    expect(seen).toEqual([
      '1 マイナポータル',
      '1 ログイン',
      '1 トップページ',
      '2 もっとつながる',
      '3 同意確認',
      '4 マイページ属性連携認証',
      '5 つながり完了',
      '6 求職者マイページホーム',
    ])
    expect(helloworkDb.read().links).toHaveLength(1)
    expect(mynaportalDb.read().connections.filter((c) => c.siteId === 'hellowork')).toHaveLength(1)
  })

  it('shows the manual’s home screen data at the end of the flow', async () => {
    await mountApp(`${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    await walkFlow(linkFlow)

    for (const text of [
      '前回のログイン日時: 2021年09月21日 10時00分',
      '明日 勇気様',
      '飯田橋公共職業安定所',
      '株式会社ハローワークケア',
      '13010-09999999',
      '205,000円~290,000円',
    ]) {
      expect(await screen.findAllByText(text, { exact: false })).not.toHaveLength(0)
    }
  })

  it('leaves no code, state or ticket in the back-button history', async () => {
    const { router } = await mountApp(`${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    await walkFlow(linkFlow)
    expect(router.currentRoute.value.fullPath).toBe('/hw/mypage')

    const history: string[] = []
    for (let entry = 0; entry < 12; entry++) {
      router.back()
      await settle()
      history.push(router.currentRoute.value.fullPath)
    }
    expect(history).toContain('/myna/connections')
    expect(history.filter((path) => /[?&](code|state|ticket)=/.test(path))).toEqual([])
  })

  it('refuses ④ again after ⑤ (back button): the flow-invalid message, still one link', async () => {
    const { router } = await mountApp(`${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    await walkFlow(linkFlow)
    await router.push('/hw/link/authenticate')
    expect(await screen.findByText(MESSAGES.flowInvalid, {}, { timeout: 3000 })).toBeTruthy()
    expect(screen.queryByLabelText('パスワード', { exact: false })).toBeNull()
    expect(helloworkDb.read().links).toHaveLength(1)
  })
})
