import { PRACTICE_PERSONA } from '@/contracts/practice'
import type { FlowScreen } from './types'

/** ① of every Mynaportal flow: sign in and open もっとつながる (the manual repeats it). */
export const signInScreens: FlowScreen[] = [
  {
    slug: 'myna-top',
    routeName: 'myna-top',
    instruction: 'マイナポータルにログインします。「ログイン」をクリックします。',
    target: { role: 'link', name: 'ログイン' },
  },
  {
    slug: 'login',
    routeName: 'myna-login',
    instruction:
      'マイナンバーカードを読み取り、暗証番号（数字4桁）を入力して「ログイン」をクリックします。',
    inputs: [{ label: '暗証番号（数字4桁）', value: PRACTICE_PERSONA.pin }],
    target: { role: 'button', name: 'ログイン' },
  },
  {
    slug: 'top-page',
    routeName: 'myna-home',
    instruction:
      'ログイン後トップページの「もっとつながる」をクリックし、「もっとつながる」画面を表示します。',
    target: { role: 'link', name: 'もっとつながる' },
  },
]

export const SIGN_IN_MANUAL_TEXT =
  'マイナポータルにログインします。ログイン後トップページの「もっとつながる」をクリックし、「もっとつながる」画面を表示します。'

export const mypageHomeScreen: FlowScreen = {
  slug: 'mypage-home',
  routeName: 'hw-mypage-home',
  instruction: '求職者マイページの「求職者マイページホーム」画面が表示されます。',
  // The manual's key figure: every item of the home, down to the 2次元バーコード and the searches.
  figure: 'full',
}
