import { PRACTICE_PERSONA } from '@/contracts/practice'
import { linkFlow } from './link'
import { mypageHomeScreen, signInScreens } from './signIn'
import type { FlowScreen, FlowStep, SituationDefinition } from './types'

/**
 * Hello Work's own login (with and without the one-time password of scenario `otp`) and the two
 * logouts, as walkable paths: the browser tests and the screenshot generator follow them as they
 * follow the manual's flows.
 */

const HW_SECTION = '求職者マイページへのログイン'

const hwTop: FlowScreen = {
  slug: 'hw-top',
  routeName: 'hw-top',
  instruction: '「メールアドレスとパスワードでログインする」の「ログイン」をクリックします。',
  target: { role: 'link', name: 'ログイン' },
}

const hwLogin: FlowScreen = {
  slug: 'hw-login',
  routeName: 'hw-login',
  instruction: '登録したメールアドレスとパスワードを入力し、「ログイン」ボタンをクリックします。',
  inputs: [
    { label: 'メールアドレス', value: PRACTICE_PERSONA.email },
    { label: 'パスワード', value: PRACTICE_PERSONA.password },
  ],
  target: { role: 'button', name: 'ログイン' },
}

const MAIL_NOTICE = 'メール通知（シミュレーション）'

const hwOtp: FlowScreen = {
  slug: 'hw-login-otp',
  routeName: 'hw-login-otp',
  instruction:
    'メールで届いたワンタイムパスワード（数字6桁）を入力し、「認証する」ボタンをクリックします。',
  shows: MAIL_NOTICE,
  inputs: [{ label: 'ワンタイムパスワード', value: '000000', readFrom: MAIL_NOTICE }],
  target: { role: 'button', name: '認証する' },
}

const loginSteps = (withOtp: boolean): FlowStep[] => [
  {
    number: 1,
    manualText: 'ハローワークインターネットサービスのトップページから「ログイン」画面を開きます。',
    screens: [hwTop],
  },
  { number: 2, manualText: hwLogin.instruction, screens: [hwLogin] },
  ...(withOtp ? [{ number: 3, manualText: hwOtp.instruction, screens: [hwOtp] }] : []),
  {
    number: withOtp ? 4 : 3,
    manualText: mypageHomeScreen.instruction,
    screens: [mypageHomeScreen],
  },
]

function path(
  id: SituationDefinition['id'],
  title: string,
  scenario: SituationDefinition['scenario'],
  startPath: string,
  steps: FlowStep[],
): SituationDefinition {
  return { id, title, shortName: title, manualSection: HW_SECTION, scenario, startPath, steps }
}

const signedOutHwTop: FlowScreen = {
  ...hwTop,
  slug: 'hw-logged-out',
  instruction: '「ログアウトしました」と表示されます。',
  shows: 'ログアウトしました',
  target: undefined,
}

const [mynaTop, mynaLogin, mynaHome] = signInScreens as [FlowScreen, FlowScreen, FlowScreen]
const LOGOUT_QUESTION = 'ログアウトしますか？'

export const SIGN_IN_PATHS: SituationDefinition[] = [
  path('hw-login', 'ハローワークにログイン', 'unlinked', '/hw/', loginSteps(false)),
  path('hw-login-otp', 'ワンタイムパスワードでログイン', 'otp', '/hw/', loginSteps(true)),
  path('hw-logout', 'ハローワークからログアウト', 'unlinked', '/hw/', [
    ...loginSteps(false).slice(0, 2),
    {
      number: 3,
      manualText: '求職者マイページの右上の「ログアウト」ボタンをクリックします。',
      screens: [
        {
          ...mypageHomeScreen,
          instruction: '右上の「ログアウト」ボタンをクリックします。',
          target: { role: 'button', name: 'ログアウト' },
        },
      ],
    },
    { number: 4, manualText: signedOutHwTop.instruction, screens: [signedOutHwTop] },
  ]),
  {
    ...path('myna-logout', 'マイナポータルからログアウト', 'unlinked', linkFlow.startPath, []),
    manualSection: 'マイナポータルからのログアウト',
    steps: [
      {
        number: 1,
        manualText:
          'マイナポータルにログインします。ログイン後、「トップページ」画面が表示されます。',
        screens: [mynaTop, mynaLogin],
      },
      {
        number: 2,
        manualText:
          '右上の「ログアウト」ボタンをクリックし、確認が表示されたら「ログアウト」ボタンをクリックします。',
        screens: [
          {
            ...mynaHome,
            instruction: '右上の「ログアウト」ボタンをクリックします。',
            target: { role: 'button', name: 'ログアウト' },
          },
          {
            ...mynaHome,
            slug: 'logout-confirm',
            instruction: `「${LOGOUT_QUESTION}」と表示されたら「ログアウト」ボタンをクリックします。`,
            shows: LOGOUT_QUESTION,
            target: { role: 'button', name: 'ログアウト', inDialog: LOGOUT_QUESTION },
          },
        ],
      },
      {
        number: 3,
        manualText: 'マイナポータルのトップページに戻ります。',
        screens: [
          {
            ...mynaTop,
            slug: 'logged-out',
            instruction: 'マイナポータルのトップページに戻ります。',
            target: undefined,
          },
        ],
      },
    ],
  },
]
