import type { ScenarioName, ScenarioSummary } from '@/contracts/simulator'
import { SCENARIO_NAMES } from '@/contracts/simulator'

/**
 * The named situations as data: what each one is called on the launcher, and the flags the seed
 * functions read. A new situation is a row here; no seed code compares scenario names.
 */
export interface ScenarioFlags {
  /** Mynaportal lists the persona as connected to Hello Work. */
  personaConnected: boolean
  /** Hello Work holds the persona's link; connected without it is the mismatch to practise. */
  personaLinked: boolean
  /** The other Mynaportal user is connected to, and linked with, the persona's Hello Work account. */
  linkedElsewhere: boolean
  /** The card's PIN is locked after three wrong tries. */
  pinLocked: boolean
  /** The Hello Work account is locked after five failed logins. */
  hwLocked: boolean
  /** Hello Work's login asks for a mailed one-time password. */
  otpRequired: boolean
  /** 求職登録 is no longer valid. */
  registrationExpired: boolean
  /** Sign-in on the phone: the first touch of the card is not detected. */
  cardNotDetected: boolean
  /** Sign-in by 2次元コード: the code the login screen first shows has already lapsed. */
  codeExpired: boolean
  /** Sign-in with the card on the phone: the smartphone certificate has expired. */
  phoneCertificateExpired: boolean
}

interface ScenarioRow {
  title: string
  description: string
  /** Only what differs from the default, where every flag is false. */
  flags: Partial<ScenarioFlags>
}

const TABLE: Record<ScenarioName, ScenarioRow> = {
  unlinked: {
    title: 'つながっていない',
    description: 'マイナポータルと求職者マイページはまだつながっていません（既定）。',
    flags: {},
  },
  linked: {
    title: 'つながっている',
    description: '既につながっています。やめる・シングルサインオンの練習に。',
    flags: { personaConnected: true, personaLinked: true },
  },
  mismatch: {
    title: '連携の不整合',
    description: 'マイナポータルはつながっていると表示しますが、ハローワーク側に連携がありません。',
    flags: { personaConnected: true },
  },
  'pin-locked': {
    title: '暗証番号ロック',
    description: 'マイナンバーカードの暗証番号がロックされています。',
    flags: { pinLocked: true },
  },
  'hw-locked': {
    title: 'アカウントロック',
    description: '求職者マイページのアカウントがロックされています。',
    flags: { hwLocked: true },
  },
  'linked-elsewhere': {
    title: '別の利用者と連携済み',
    description: '求職者マイページのアカウントが別のマイナポータル利用者とつながっています。',
    flags: { linkedElsewhere: true },
  },
  otp: {
    title: 'ワンタイムパスワード',
    description: 'ハローワークへのログインでワンタイムパスワードを求められます。',
    flags: { otpRequired: true },
  },
  'expired-registration': {
    title: '求職登録 無効',
    description: '求職登録が無効のため、一部の機能が使えません。',
    flags: { registrationExpired: true },
  },
  'card-not-detected': {
    title: 'カードを読み取れない',
    description:
      'スマートフォンにマイナンバーカードをかざしても、1回目は読み取れません。かざし直しの練習に。',
    flags: { cardNotDetected: true },
  },
  'qr-expired': {
    title: '2次元コードの期限切れ',
    description:
      'ログイン画面に最初に表示される2次元コードは有効期限が切れています。「コードを更新」の練習に。',
    flags: { codeExpired: true },
  },
  'phone-certificate-expired': {
    title: 'スマホ用電子証明書の期限切れ',
    description:
      'スマートフォンのマイナンバーカード（スマホ用電子証明書）の有効期限が切れています。',
    flags: { phoneCertificateExpired: true },
  },
}

const NO_FLAGS: ScenarioFlags = {
  personaConnected: false,
  personaLinked: false,
  linkedElsewhere: false,
  pinLocked: false,
  hwLocked: false,
  otpRequired: false,
  registrationExpired: false,
  cardNotDetected: false,
  codeExpired: false,
  phoneCertificateExpired: false,
}

/** The launcher's list, in the contract's order. */
export const SCENARIOS: ScenarioSummary[] = SCENARIO_NAMES.map((name) => ({
  name,
  title: TABLE[name].title,
  description: TABLE[name].description,
}))

/** An own property only: a name such as `constructor` is not a scenario. */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(TABLE, name)
}

export function scenarioFlags(name: ScenarioName): ScenarioFlags {
  return { ...NO_FLAGS, ...TABLE[name].flags }
}
