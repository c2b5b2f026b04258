import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { SIGN_IN_MANUAL_TEXT, signInScreens } from './signIn'
import type { FlowDefinition } from './types'

/** Manual 3.4 (2) マイナポータルとのつながりをやめる, steps ①–④. */
export const unlinkFlow: FlowDefinition = {
  id: 'unlink',
  title: '(2) マイナポータルとのつながりをやめる',
  shortName: 'やめる',
  manualSection: '3.4 マイナポータルとつなげる',
  scenario: 'linked',
  startPath: '/myna/',
  steps: [
    { number: 1, manualText: SIGN_IN_MANUAL_TEXT, screens: signInScreens },
    {
      number: 2,
      manualText: `「つながっているウェブサイト」の「${HELLOWORK_SITE_NAME}」の段に表示されている「やめる」ボタンをクリックします。`,
      screens: [
        {
          slug: 'motto-tsunagaru',
          routeName: 'myna-connections',
          instruction: `「つながっているウェブサイト」の「${HELLOWORK_SITE_NAME}」の段に表示されている「やめる」ボタンをクリックします。`,
          target: { role: 'button', name: 'やめる', within: HELLOWORK_SITE_NAME },
        },
      ],
    },
    {
      number: 3,
      manualText:
        '「つながりの解除」画面が表示されます。解除に同意する場合は「同意」ボタンをクリックします。',
      screens: [
        {
          slug: 'tsunagari-no-kaijo',
          routeName: 'myna-disconnect',
          instruction: '解除に同意する場合は「同意」ボタンをクリックします。',
          target: { role: 'button', name: '同意' },
        },
      ],
    },
    {
      number: 4,
      manualText: 'マイナポータルと求職者マイページのつながりが解除されます。',
      screens: [
        {
          slug: 'kaijo-kanryo',
          routeName: 'myna-disconnect-complete',
          instruction: 'マイナポータルと求職者マイページのつながりが解除されます。',
        },
      ],
    },
  ],
}
