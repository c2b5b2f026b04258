import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { linkFlow } from './link'
import { MANUAL_PARTS } from './manualSection'
import { SIGN_IN_MANUAL_TEXT, signInScreens } from './signIn'
import type { FlowDefinition, FlowStep } from './types'

const linkStep = (manualNumber: number): FlowStep => {
  const step = linkFlow.steps.find((s) => s.number === manualNumber)
  if (!step) throw new Error(`the link flow has no step ${manualNumber}`)
  return step
}

/**
 * Manual 3.1.(2) and 3.4 (1)'s note: a sign-in from Mynaportal meets 属性連携不整合確認;
 * マイナポータル連携開始 continues the link at its step ③. The steps are numbered as the manual
 * numbers them: 3.1.(2)'s sign-in ①–③, then つなぐ's own ③–⑥ with the manual's text.
 */
const signIn = MANUAL_PARTS.signInFromMynaportal

export const mismatchFlow: FlowDefinition = {
  id: 'mismatch',
  title: '属性連携不整合確認からつなぎ直す',
  shortName: '不整合',
  manualSection: '3.1 (2) / 3.4 (1) ※',
  scenario: 'mismatch',
  startPath: '/myna/',
  steps: [
    { number: 1, part: signIn, manualText: SIGN_IN_MANUAL_TEXT, screens: signInScreens },
    {
      number: 2,
      part: signIn,
      manualText: `「つながっているウェブサイト」の「${HELLOWORK_SITE_NAME}」の段の「利用する」ボタンをクリックします。`,
      screens: [
        {
          slug: 'motto-tsunagaru',
          routeName: 'myna-connections',
          instruction: `「つながっているウェブサイト」の「${HELLOWORK_SITE_NAME}」の段の「利用する」ボタンをクリックします。`,
          target: { role: 'button', name: '利用する', within: HELLOWORK_SITE_NAME },
        },
      ],
    },
    {
      number: 3,
      part: signIn,
      manualText:
        '「属性連携不整合確認」画面が表示されます。「マイナポータル連携開始」ボタンをクリックし、「(1) マイナポータルとつなぐ」の手順③から進めます。',
      screens: [
        {
          slug: 'fuseigo-kakunin',
          routeName: 'hw-link-mismatch',
          instruction: '「マイナポータル連携開始」ボタンをクリックします。',
          target: { role: 'button', name: 'マイナポータル連携開始' },
        },
      ],
    },
    ...[3, 4, 5, 6].map((manualNumber, index): FlowStep => ({
      ...linkStep(manualNumber),
      number: 4 + index,
      manualNumber,
      part: MANUAL_PARTS.link,
    })),
  ],
}
