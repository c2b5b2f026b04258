import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { mypageHomeScreen, SIGN_IN_MANUAL_TEXT, signInScreens } from './signIn'
import type { FlowDefinition } from './types'

/** Manual 3.1.(2): from Mynaportal to 求職者マイページ without the MyPage ID and password. */
export const ssoFlow: FlowDefinition = {
  id: 'sso',
  title: 'マイナポータルからログインする（シングルサインオン）',
  shortName: 'ログイン',
  manualSection: '3.1 (2) マイナポータルからログインする場合',
  scenario: 'linked',
  startPath: '/myna/',
  steps: [
    { number: 1, manualText: SIGN_IN_MANUAL_TEXT, screens: signInScreens },
    {
      number: 2,
      manualText: `「つながっているウェブサイト」の「${HELLOWORK_SITE_NAME}」の段に表示されている「利用する」ボタンをクリックします。`,
      screens: [
        {
          slug: 'motto-tsunagaru',
          routeName: 'myna-connections',
          instruction: `「つながっているウェブサイト」の「${HELLOWORK_SITE_NAME}」の段に表示されている「利用する」ボタンをクリックします。`,
          target: { role: 'button', name: '利用する', within: HELLOWORK_SITE_NAME },
        },
      ],
    },
    { number: 3, manualText: mypageHomeScreen.instruction, screens: [mypageHomeScreen] },
  ],
}
