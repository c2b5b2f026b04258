import { MESSAGES } from '@/contracts/errors'
import { REGISTRATION_INVALID_MESSAGE } from '@/contracts/hellowork'
import { linkFlow } from './link'
import { signInScreens } from './signIn'
import { SIGN_IN_PATHS } from './signInPaths'
import type {
  FlowDefinition,
  FlowScreen,
  FlowStep,
  SituationDefinition,
  SituationId,
} from './types'

/**
 * つなぐ in the scenarios where it goes wrong (a wrong or locked PIN, a locked or elsewhere-linked
 * account, an invalid registration): the manual's steps, ending on the screen that shows the message. The screenshot generator captures them next to the
 * manual's flows, and the browser tests check each message screen with axe.
 */

const [topScreen, loginScreen] = signInScreens as [FlowScreen, FlowScreen]

function refusedAtLogin(pin: string, message: string): FlowStep[] {
  const step = linkFlow.steps[0]!
  return [
    {
      ...step,
      screens: [
        topScreen,
        { ...loginScreen, inputs: [{ label: loginScreen.inputs![0]!.label, value: pin }] },
        {
          ...loginScreen,
          slug: `${loginScreen.slug}-refused`,
          shows: message,
          inputs: undefined,
          target: undefined,
        },
      ],
    },
  ]
}

const authenticateScreen = linkFlow.steps[3]!.screens[0]!

function refusedAtAuthentication(message: string): FlowStep[] {
  const refused: FlowScreen = {
    ...authenticateScreen,
    slug: `${authenticateScreen.slug}-refused`,
    shows: message,
    inputs: undefined,
    target: undefined,
  }
  return [
    ...linkFlow.steps.slice(0, 3),
    { ...linkFlow.steps[3]!, screens: [authenticateScreen, refused] },
  ]
}

function situation(
  id: SituationId,
  title: string,
  scenario: FlowDefinition['scenario'],
  steps: FlowStep[],
): SituationDefinition {
  return { ...linkFlow, id, title, shortName: title, scenario, steps }
}

export const SITUATIONS: SituationDefinition[] = [
  ...SIGN_IN_PATHS,
  situation(
    'pin-wrong',
    '暗証番号の誤り',
    'unlinked',
    refusedAtLogin('9999', MESSAGES.pinIncorrect(2)),
  ),
  situation(
    'pin-locked',
    '暗証番号のロック',
    'pin-locked',
    refusedAtLogin('1234', MESSAGES.pinLocked),
  ),
  situation(
    'hw-locked',
    'アカウントロック',
    'hw-locked',
    refusedAtAuthentication(MESSAGES.accountLocked),
  ),
  situation(
    'linked-elsewhere',
    '別の利用者と連携済み',
    'linked-elsewhere',
    refusedAtAuthentication(MESSAGES.linkedElsewhere),
  ),
  situation('expired-registration', '求職登録 無効', 'expired-registration', [
    ...linkFlow.steps.slice(0, 5),
    {
      ...linkFlow.steps[5]!,
      screens: [{ ...linkFlow.steps[5]!.screens[0]!, shows: REGISTRATION_INVALID_MESSAGE }],
    },
  ]),
]
