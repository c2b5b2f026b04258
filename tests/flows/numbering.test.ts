import { describe, expect, it } from 'vitest'
import {
  FLOWS,
  flowScreens,
  linkFlow,
  mismatchFlow,
  screenOf,
  SITUATIONS,
  stepFileStem,
  stepLabel,
} from '@/flows'

describe('steps numbered as the manual numbers them', () => {
  it('gives 属性連携不整合確認 3.1.(2)’s sign-in, then つなぐ from its ③ to ⑥', () => {
    expect(
      mismatchFlow.steps.map((s) => `${stepLabel(s)} ${screenOf(s.screens[0]!).title}`),
    ).toEqual([
      '3.1.(2)① マイナポータル',
      '3.1.(2)② もっとつながる',
      '3.1.(2)③ 属性連携不整合確認',
      '3.4.(1)③ 同意確認',
      '3.4.(1)④ マイページ属性連携認証',
      '3.4.(1)⑤ つながり完了',
      '3.4.(1)⑥ 求職者マイページホーム',
    ])
    // A reset to a step still names it by its place in the flow.
    expect(mismatchFlow.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7])
    // From ③ on, the manual's own words for those steps.
    expect(mismatchFlow.steps.slice(3).map((s) => s.manualText)).toEqual(
      linkFlow.steps.slice(2).map((s) => s.manualText),
    )
  })

  it('names figures by part and number, in the flow’s order and unique', () => {
    const stems = mismatchFlow.steps.map(stepFileStem)
    expect(stems).toEqual([
      '3-1-2-01',
      '3-1-2-02',
      '3-1-2-03',
      '3-4-1-03',
      '3-4-1-04',
      '3-4-1-05',
      '3-4-1-06',
    ])
    expect([...stems].sort()).toEqual(stems)
    // A flow in one part keeps its names: link/03-doui-kakunin.
    expect(linkFlow.steps.map(stepFileStem)).toEqual(['01', '02', '03', '04', '05', '06'])
    for (const flow of FLOWS)
      expect(new Set(flow.steps.map(stepLabel)).size).toBe(flow.steps.length)
  })
})

describe('error and situation paths', () => {
  const normal = new Set(flowScreens(linkFlow).map(({ screen }) => screen.instruction))

  it.each(SITUATIONS.map((s) => [s.title, s] as const))(
    '%s: the screen that shows the message has a text of its own, in です・ます',
    (_title, flow) => {
      for (const { step, screen } of flowScreens(flow)) {
        // Sentences outside the quoted screen messages end as the manual's do.
        const text = `${step.manualText}${screen.instruction}`.replace(/「[^」]*」/g, '「」')
        const endings = text.split('。').filter(Boolean)
        expect(endings.filter((sentence) => !/(ます|ません|です)$/.test(sentence))).toEqual([])
        // Where the path ends on a message, its figure's text is its own, quoting the message.
        if (!screen.shows || screen.target) continue
        expect([...normal]).not.toContain(screen.instruction)
        expect(screen.instruction).toContain(screen.shows)
      }
    },
  )

  it('says what to do after a wrong PIN, a locked PIN or account, and an account linked elsewhere', () => {
    const lastText = (id: string) => {
      const flow = SITUATIONS.find((s) => s.id === id)!
      return flowScreens(flow).at(-1)!.screen.instruction
    }
    expect(lastText('pin-wrong')).toMatch(
      /正しい暗証番号.*入力し直します。「ログイン」をクリックします。$/,
    )
    expect(lastText('pin-locked')).toContain('市区町村の窓口')
    expect(lastText('hw-locked')).toContain('時間をおいてから')
    expect(lastText('linked-elsewhere')).toContain('ご自身のアカウント')
    const logout = SITUATIONS.find((s) => s.id === 'myna-logout')!
    expect(logout.steps[0]!.manualText).not.toContain('もっとつながる')
  })
})
