/**
 * The 確認テスト's accounting, with the clock given: time per step from its screen shown to the
 * next step's screen, wrong actions on the step they happened on, hints by degree.
 */
import { describe, expect, it } from 'vitest'
import { flowScreens, linkFlow, screenOf } from '@/flows'
import {
  alertShown,
  arriveAt,
  askHint,
  clickedWithoutEffect,
  newAttempt,
  resumeAfterReload,
  totalOf,
  type Attempt,
} from '@/practice/attempt'
import { findTask } from '@/practice/tasks'

const LINK = flowScreens(linkFlow)
const at = (attempt: Attempt, index: number, now: number) => {
  const { screen } = LINK[index]!
  return arriveAt(
    attempt,
    linkFlow,
    { routeName: screen.routeName, title: screenOf(screen).title, passThrough: false },
    now,
  )
}
const step = (attempt: Attempt, number: number) => attempt.steps.find((s) => s.number === number)!

describe('the accounting of an attempt', () => {
  it('times each step from its screen shown to the next step’s screen', () => {
    let attempt = newAttempt(linkFlow, '山田', 'a1', 1000)
    attempt = at(attempt, 0, 1500) // ① マイナポータル shown half a second after 開始
    attempt = at(attempt, 1, 4500) // ① ログイン: same step
    attempt = at(attempt, 2, 9500) // ① トップページ
    const connections = LINK.findIndex((e) => e.screen.routeName === 'myna-connections')
    attempt = at(attempt, connections, 12_500) // ② shown: ① is done
    expect(step(attempt, 1).ms).toBe(11_000)
    attempt = at(attempt, connections + 1, 20_500) // ③
    expect(step(attempt, 2).ms).toBe(8000)
    expect(attempt.finishedAt).toBeNull()
    attempt = at(attempt, LINK.length - 1, 30_500) // ⑥ from ③ (a jump still ends the attempt)
    expect(step(attempt, 3).ms).toBe(10_000)
    expect(attempt.finishedAt).toBe(30_500)
    expect(step(attempt, 6).ms).toBe(0)
  })

  it('counts a refused input, a click that leads nowhere, a screen off the flow and going back, each on its step', () => {
    let attempt = at(newAttempt(linkFlow, '山田', 'a1', 0), 0, 0)
    attempt = at(attempt, 1, 10)
    attempt = alertShown(attempt, linkFlow, '暗証番号が違います。', 20)
    attempt = at(attempt, 2, 30)
    const connections = LINK.findIndex((e) => e.screen.routeName === 'myna-connections')
    attempt = at(attempt, connections, 40)
    attempt = clickedWithoutEffect(attempt, linkFlow, 'つなぐ', 50)
    attempt = arriveAt(
      attempt,
      linkFlow,
      { routeName: 'hw-top', title: 'ハローワーク', passThrough: false },
      60,
    )
    attempt = at(attempt, connections + 1, 70)
    // 同意しない on ③ leads back to ②: a mistake of ③, and the learner is on ② again.
    attempt = at(attempt, connections, 80)
    expect(attempt.screenIndex).toBe(connections)

    expect(step(attempt, 1).mistakes).toBe(1)
    expect(step(attempt, 2).mistakes).toBe(2)
    expect(step(attempt, 3).mistakes).toBe(1)
    expect(attempt.events.map((event) => [event.step, event.kind])).toEqual([
      [1, 'refused'],
      [2, 'no-effect'],
      [2, 'off-route'],
      [3, 'went-back'],
    ])
    // The time between going back and doing ② again is ②'s.
    attempt = at(attempt, connections + 1, 100)
    expect(step(attempt, 2).ms).toBe(30 + 20)
  })

  it('gives hints by degree on a screen, at most three, and starts again on the next screen', () => {
    let attempt = at(newAttempt(linkFlow, '山田', 'a1', 0), 0, 0)
    attempt = askHint(attempt, linkFlow, 1)
    attempt = askHint(attempt, linkFlow, 2)
    attempt = askHint(attempt, linkFlow, 3)
    expect(attempt.hintDegree).toBe(3)
    attempt = askHint(attempt, linkFlow, 4)
    expect(attempt.hintDegree).toBe(3)
    expect(step(attempt, 1).hints).toBe(3)
    attempt = at(attempt, 1, 5)
    expect(attempt.hintDegree).toBe(0)
    attempt = askHint(attempt, linkFlow, 6)
    expect(attempt.hintDegree).toBe(1)
    expect(totalOf(attempt, 'hints')).toBe(4)
  })

  it('ends a path on the message it shows (a locked PIN), not counting it as a mistake', () => {
    const flow = findTask('pin-locked')!.flow
    const screens = flowScreens(flow)
    let attempt = newAttempt(flow, '山田', 'a1', 0)
    const arrive = (index: number, now: number) =>
      arriveAt(
        attempt,
        flow,
        { routeName: screens[index]!.screen.routeName, title: '', passThrough: false },
        now,
      )
    attempt = arrive(0, 0)
    attempt = arrive(1, 100)
    attempt = alertShown(attempt, flow, `エラー ${screens[2]!.screen.shows!}`, 900)
    expect(attempt.finishedAt).toBe(900)
    expect(totalOf(attempt, 'mistakes')).toBe(0)
    expect(step(attempt, 1).ms).toBe(900)
  })

  it('says how often it was resumed after a reload, and not once it is finished', () => {
    let attempt = resumeAfterReload(newAttempt(linkFlow, '山田', 'a1', 0))
    expect(attempt.resumed).toBe(1)
    attempt = at(attempt, LINK.length - 1, 10)
    expect(resumeAfterReload(attempt).resumed).toBe(1)
  })
})
