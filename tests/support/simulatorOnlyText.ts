import { PRACTICE_PERSONA } from '@/contracts/practice'

/**
 * Text on the sites' screens that is there only because this is a simulator, and the screen a
 * walk of つなぐ or of Hello Work's own login first shows it on outside capture mode. Capture mode
 * leaves all of it out; `hints=1` brings back the practice secrets alone.
 */
export const SIMULATOR_ONLY_TEXT = [
  { text: '練習用シミュレーター・実在のサービスではありません', on: 'マイナポータル' },
  { text: 'シミュレーターの最初の画面へ', on: 'マイナポータル' },
  { text: 'このシミュレーターについて', on: 'マイナポータル' },
  { text: 'このシミュレーターでは利用できません', on: 'トップページ' },
  { text: '練習用のカードを選んでください', on: 'ログイン' },
  { text: 'この画面は練習用のシミュレーターです', on: 'マイページ属性連携認証' },
] as const

/** The practice secrets: the card's PIN on Mynaportal's ログイン, the account on ④ and ログイン. */
export const PRACTICE_HINT_TEXT = [
  { text: `練習用暗証番号: ${PRACTICE_PERSONA.pin}`, on: 'ログイン' },
  { text: PRACTICE_PERSONA.password, on: 'マイページ属性連携認証' },
] as const

/** Never on a site's screen: the simulator claims no ministry's copyright. */
export const NEVER_SHOWN = ['Copyright', 'Ministry of Health'] as const
