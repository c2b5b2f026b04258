import { PRACTICE_PERSONA } from '@/contracts/practice'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { mypageHomeScreen, SIGN_IN_MANUAL_TEXT, signInScreens } from './signIn'
import type { FlowDefinition } from './types'

/** Manual 3.4 (1) マイナポータルとつなぐ, steps ①–⑥. */
export const linkFlow: FlowDefinition = {
  id: 'link',
  title: '(1) マイナポータルとつなぐ',
  shortName: 'つなぐ',
  manualSection: '3.4 マイナポータルとつなげる',
  scenario: 'unlinked',
  startPath: '/myna/',
  steps: [
    {
      number: 1,
      manualText: SIGN_IN_MANUAL_TEXT,
      screens: signInScreens,
    },
    {
      number: 2,
      manualText:
        '「つながっていないウェブサイト」の「厚生労働省ハローワークインターネットサービス」の段に表示されている「つなぐ」ボタンをクリックします。',
      screens: [
        {
          slug: 'motto-tsunagaru',
          routeName: 'myna-connections',
          instruction:
            '「つながっていないウェブサイト」の「厚生労働省ハローワークインターネットサービス」の段に表示されている「つなぐ」ボタンをクリックします。',
          target: { role: 'button', name: 'つなぐ', within: HELLOWORK_SITE_NAME },
        },
      ],
    },
    {
      number: 3,
      manualText:
        '「同意確認」画面が表示されます。マイナポータルと求職者マイページをつなぐことに同意する場合は「同意」ボタンをクリックします。',
      screens: [
        {
          slug: 'doui-kakunin',
          routeName: 'myna-consent',
          instruction:
            'マイナポータルと求職者マイページをつなぐことに同意する場合は「同意」ボタンをクリックします。',
          target: { role: 'button', name: '同意' },
        },
      ],
    },
    {
      number: 4,
      manualText:
        '求職者マイページの「マイページ属性連携認証」画面が表示されます。アカウントとして登録したメールアドレスとパスワードを入力し、「同意」ボタンをクリックします。',
      screens: [
        {
          slug: 'zokusei-renkei-ninsho',
          routeName: 'hw-link-authenticate',
          instruction:
            'アカウントとして登録したメールアドレスとパスワードを入力し、「同意」ボタンをクリックします。',
          inputs: [
            { label: 'メールアドレス', value: PRACTICE_PERSONA.email },
            { label: 'パスワード', value: PRACTICE_PERSONA.password },
          ],
          target: { role: 'button', name: '同意' },
        },
      ],
    },
    {
      number: 5,
      manualText:
        'マイナポータルの「つながり完了」画面が表示されます。続けて、求職者マイページを利用される場合は、「厚生労働省ハローワークインターネットサービスを利用する」ボタンをクリックします。',
      screens: [
        {
          slug: 'tsunagari-kanryo',
          routeName: 'myna-connection-complete',
          instruction:
            '続けて、求職者マイページを利用される場合は、「厚生労働省ハローワークインターネットサービスを利用する」ボタンをクリックします。',
          target: { role: 'button', name: `${HELLOWORK_SITE_NAME}を利用する` },
        },
      ],
    },
    {
      number: 6,
      manualText: mypageHomeScreen.instruction,
      screens: [mypageHomeScreen],
    },
  ],
}
