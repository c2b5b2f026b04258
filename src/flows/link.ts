import { PRACTICE_PERSONA } from '@/contracts/practice'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
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
      manualText:
        'マイナポータルにログインします。ログイン後トップページの「もっとつながる」をクリックし、「もっとつながる」画面を表示します。',
      screens: [
        {
          slug: 'myna-top',
          site: 'mynaportal',
          routeName: 'myna-top',
          heading: 'マイナポータル',
          instruction: 'マイナポータルにログインします。「ログイン」をクリックします。',
          target: { role: 'link', name: 'ログイン' },
        },
        {
          slug: 'login',
          site: 'mynaportal',
          routeName: 'myna-login',
          heading: 'ログイン',
          instruction:
            'マイナンバーカードを読み取り、暗証番号（数字4桁）を入力して「ログイン」をクリックします。',
          inputs: [{ label: '暗証番号（数字4桁）', value: PRACTICE_PERSONA.pin }],
          target: { role: 'button', name: 'ログイン' },
        },
        {
          slug: 'top-page',
          site: 'mynaportal',
          routeName: 'myna-home',
          heading: 'トップページ',
          instruction:
            'ログイン後トップページの「もっとつながる」をクリックし、「もっとつながる」画面を表示します。',
          target: { role: 'link', name: 'もっとつながる' },
        },
      ],
    },
    {
      number: 2,
      manualText:
        '「つながっていないウェブサイト」の「厚生労働省ハローワークインターネットサービス」の段に表示されている「つなぐ」ボタンをクリックします。',
      screens: [
        {
          slug: 'motto-tsunagaru',
          site: 'mynaportal',
          routeName: 'myna-connections',
          heading: 'もっとつながる',
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
          site: 'mynaportal',
          routeName: 'myna-consent',
          heading: '同意確認',
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
          site: 'hellowork',
          routeName: 'hw-link-authenticate',
          heading: 'マイページ属性連携認証',
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
          site: 'mynaportal',
          routeName: 'myna-connection-complete',
          heading: 'つながり完了',
          instruction:
            '続けて、求職者マイページを利用される場合は、「厚生労働省ハローワークインターネットサービスを利用する」ボタンをクリックします。',
          target: { role: 'button', name: `${HELLOWORK_SITE_NAME}を利用する` },
        },
      ],
    },
    {
      number: 6,
      manualText: '求職者マイページの「求職者マイページホーム」画面が表示されます。',
      screens: [
        {
          slug: 'mypage-home',
          site: 'hellowork',
          routeName: 'hw-mypage-home',
          heading: '求職者マイページホーム',
          instruction: '求職者マイページの「求職者マイページホーム」画面が表示されます。',
        },
      ],
    },
  ],
}
