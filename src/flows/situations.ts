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
 * account, an invalid registration): the manual's steps up to the one that goes wrong, which has
 * a text of its own saying what the person sees there and what to do next, ending on the screen
 * that shows the message. The screenshot generator captures them next to the manual's flows,
 * and the browser tests check each message screen with axe.
 */

const [topScreen, loginScreen] = signInScreens as [FlowScreen, FlowScreen]

/** What a refused screen says and what the person does then, as its own step text. */
interface Refusal {
  message: string
  /** What the step says as a whole, from the screen on which it goes wrong. */
  stepText: string
  /** Under the refused screen's figure: the message, then what to do next. */
  next: string
}

const refusedScreen = (screen: FlowScreen, refusal: Refusal): FlowScreen => ({
  ...screen,
  slug: `${screen.slug}-refused`,
  instruction: `「${refusal.message}」と表示されます。${refusal.next}`,
  shows: refusal.message,
  inputs: undefined,
  target: undefined,
})

function refusedAtLogin(pin: string, refusal: Refusal): FlowStep[] {
  return [
    {
      ...linkFlow.steps[0]!,
      manualText: `マイナポータルにログインします。${refusal.stepText}`,
      screens: [
        topScreen,
        { ...loginScreen, inputs: [{ label: loginScreen.inputs![0]!.label, value: pin }] },
        refusedScreen(loginScreen, refusal),
      ],
    },
  ]
}

const authenticateStep = linkFlow.steps[3]!
const authenticateScreen = authenticateStep.screens[0]!

function refusedAtAuthentication(refusal: Refusal): FlowStep[] {
  return [
    ...linkFlow.steps.slice(0, 3),
    {
      ...authenticateStep,
      manualText: `${authenticateStep.manualText}${refusal.stepText}`,
      screens: [authenticateScreen, refusedScreen(authenticateScreen, refusal)],
    },
  ]
}

const PIN_AGAIN = '正しい暗証番号（数字4桁）を入力し直します。「ログイン」をクリックします。'
const PIN_RESET =
  'この暗証番号ではログインできません。お住まいの市区町村の窓口で暗証番号を初期化してから、もう一度ログインします。'
const LOCKED_NEXT =
  'このアカウントではしばらくの間つなぐことができません。時間をおいてから、マイナポータルの「もっとつながる」からやり直します。'
const ELSEWHERE_NEXT =
  'このアカウントは、ほかの方のマイナポータルとつながっているため、つなぐことができません。入力したメールアドレスがご自身のアカウントのものか確認します。'

const homeStep = linkFlow.steps[5]!
const REGISTRATION_NEXT =
  '求人への応募などの一部の機能は使えません。求職登録の手続きは、利用安定所の窓口に問い合わせます。'

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
    refusedAtLogin('9999', {
      message: MESSAGES.pinIncorrect(2),
      stepText: `暗証番号を間違えると、「ログイン」画面に「${MESSAGES.pinIncorrect(2)}」と表示されます。${PIN_AGAIN}`,
      next: PIN_AGAIN,
    }),
  ),
  situation(
    'pin-locked',
    '暗証番号のロック',
    'pin-locked',
    refusedAtLogin('1234', {
      message: MESSAGES.pinLocked,
      stepText: `暗証番号がロックされていると、「ログイン」画面に「${MESSAGES.pinLocked}」と表示されます。${PIN_RESET}`,
      next: PIN_RESET,
    }),
  ),
  situation(
    'hw-locked',
    'アカウントロック',
    'hw-locked',
    refusedAtAuthentication({
      message: MESSAGES.accountLocked,
      stepText: `アカウントがロックされていると、「${MESSAGES.accountLocked}」と表示されます。${LOCKED_NEXT}`,
      next: LOCKED_NEXT,
    }),
  ),
  situation(
    'linked-elsewhere',
    '別の利用者と連携済み',
    'linked-elsewhere',
    refusedAtAuthentication({
      message: MESSAGES.linkedElsewhere,
      stepText: `アカウントがほかの方のマイナポータルとつながっていると、「${MESSAGES.linkedElsewhere}」と表示されます。${ELSEWHERE_NEXT}`,
      next: ELSEWHERE_NEXT,
    }),
  ),
  situation('expired-registration', '求職登録 無効', 'expired-registration', [
    ...linkFlow.steps.slice(0, 5),
    {
      ...homeStep,
      manualText: `${homeStep.manualText}「${REGISTRATION_INVALID_MESSAGE}」と表示されます。${REGISTRATION_NEXT}`,
      screens: [
        {
          ...homeStep.screens[0]!,
          instruction: `${homeStep.screens[0]!.instruction}「${REGISTRATION_INVALID_MESSAGE}」と表示されます。${REGISTRATION_NEXT}`,
          shows: REGISTRATION_INVALID_MESSAGE,
        },
      ],
    },
  ]),
]
