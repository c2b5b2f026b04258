import * as v from 'valibot'
import { PRACTICE_OTHER_USER, PRACTICE_PERSONA } from '@/contracts/practice'
import type { ScenarioName, ScenarioSummary } from '@/contracts/simulator'
import { DEFAULT_SCENARIO, SCENARIO_NAMES } from '@/contracts/simulator'
import { HELLOWORK_CLIENT_ID, HELLOWORK_INITIATE_LOGIN_URI } from '@/contracts/sites'
import { HELLOWORK_REDIRECT_URI, HELLOWORK_SITE_NAME, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { helloworkDb, type HwData } from './hellowork/db'
import { seedJobs, seedMessages } from './hellowork/seedData'
import { mynaportalDb, type MynaData } from './mynaportal/db'
import { clearCookies, cookieSnapshot } from './shared/cookies'
import { clearFaults } from './shared/faults'
import { resetClock } from './shared/clock'
import { generateSigningKey } from './shared/jws'
import { defineDocument, forgetOtherVersions } from './shared/persistence'
import { clearStorageResets, storageResets } from './shared/resetNotice'
import { personaIsValid, reseedServers, resetPersona } from './repair'
import { hashSecret, randomToken, sha256 } from './shared/secrets'

/**
 * The named situations (screens.md §6). Loading one rewrites both servers' data, the browser's
 * cookies, the clock and the injected faults: it is the only code that writes both servers'
 * data, as a test fixture would, and the servers themselves never read each other's.
 */
export const PERSONA = PRACTICE_PERSONA
export const OTHER_MYNA_USER = PRACTICE_OTHER_USER

export const SCENARIOS: ScenarioSummary[] = [
  {
    name: 'unlinked',
    title: 'つながっていない',
    description: 'マイナポータルと求職者マイページはまだつながっていません（既定）。',
  },
  {
    name: 'linked',
    title: 'つながっている',
    description: '既につながっています。やめる・シングルサインオンの練習に。',
  },
  {
    name: 'mismatch',
    title: '連携の不整合',
    description: 'マイナポータルはつながっていると表示しますが、ハローワーク側に連携がありません。',
  },
  {
    name: 'pin-locked',
    title: '暗証番号ロック',
    description: 'マイナンバーカードの暗証番号がロックされています。',
  },
  {
    name: 'hw-locked',
    title: 'アカウントロック',
    description: '求職者マイページのアカウントがロックされています。',
  },
  {
    name: 'linked-elsewhere',
    title: '別の利用者と連携済み',
    description: '求職者マイページのアカウントが別のマイナポータル利用者とつながっています。',
  },
  {
    name: 'otp',
    title: 'ワンタイムパスワード',
    description: 'ハローワークへのログインでワンタイムパスワードを求められます。',
  },
  {
    name: 'expired-registration',
    title: '求職登録 無効',
    description: '求職登録が無効のため、一部の機能が使えません。',
  },
]

const simulatorDocument = defineDocument(
  'simulator',
  v.object({ scenario: v.picklist(SCENARIO_NAMES) }),
  'scenario',
)

export function isScenarioName(name: string): name is ScenarioName {
  return SCENARIOS.some((scenario) => scenario.name === name)
}

export function currentScenario(): ScenarioName {
  return simulatorDocument.load()?.scenario ?? DEFAULT_SCENARIO
}

const MINUTE = 60_000
const at = (iso: string) => Date.parse(iso)

export async function seedMynaportal(
  name: ScenarioName,
  subjects: { persona: string; other: string },
  credentials: { clientSecret: string; backChannelToken: string },
): Promise<MynaData> {
  const [personaPin, otherPin, clientSecretDigest, signingKey] = await Promise.all([
    hashSecret(PERSONA.pin),
    hashSecret(OTHER_MYNA_USER.pin),
    sha256(credentials.clientSecret),
    generateSigningKey(randomToken(8)),
  ])
  const personaLinked = name === 'linked' || name === 'mismatch'
  return {
    users: [
      {
        id: 'myna-user-1',
        displayName: PERSONA.displayName,
        cardId: 'card-ashita',
        cardHolderName: PERSONA.displayName,
        practicePin: PERSONA.pin,
        pin: personaPin,
        failedPinAttempts: name === 'pin-locked' ? 3 : 0,
        pinLocked: name === 'pin-locked',
      },
      {
        id: 'myna-user-2',
        displayName: OTHER_MYNA_USER.displayName,
        cardId: 'card-yamada',
        cardHolderName: OTHER_MYNA_USER.displayName,
        practicePin: OTHER_MYNA_USER.pin,
        pin: otherPin,
        failedPinAttempts: 0,
        pinLocked: false,
      },
    ],
    sessions: [],
    clients: [
      {
        id: HELLOWORK_CLIENT_ID,
        name: HELLOWORK_SITE_NAME,
        redirectUri: HELLOWORK_REDIRECT_URI,
        initiateLoginUri: HELLOWORK_INITIATE_LOGIN_URI,
        secretDigest: clientSecretDigest,
        sectorId: 'hellowork.example',
      },
    ],
    pairwiseSubjects: [
      { userId: 'myna-user-1', sectorId: 'hellowork.example', sub: subjects.persona },
      { userId: 'myna-user-2', sectorId: 'hellowork.example', sub: subjects.other },
    ],
    codes: [],
    accessTokens: [],
    connections: [
      ...(personaLinked
        ? [
            {
              userId: 'myna-user-1',
              siteId: 'hellowork',
              connectedAt: at('2021-09-15T10:00:00+09:00'),
            },
          ]
        : []),
      ...(name === 'linked-elsewhere'
        ? [
            {
              userId: 'myna-user-2',
              siteId: 'hellowork',
              connectedAt: at('2021-09-15T10:00:00+09:00'),
            },
          ]
        : []),
      { userId: 'myna-user-1', siteId: 'etax', connectedAt: at('2021-04-01T10:00:00+09:00') },
    ],
    otherSites: [
      {
        id: 'etax',
        name: 'e-Tax（国税電子申告・納税システム）',
        description: '国税の申告や納税の手続',
      },
      { id: 'nenkin', name: 'ねんきんネット', description: '年金記録や年金見込額の確認' },
      { id: 'koyouhoken', name: '雇用保険WEBサービス', description: '雇用保険の手続の確認' },
    ],
    signingKey,
    helloworkBackChannelToken: credentials.backChannelToken,
    audit: [],
  }
}

export async function seedHellowork(
  name: ScenarioName,
  subjects: { persona: string; other: string },
  credentials: { clientSecret: string; backChannelToken: string },
): Promise<HwData> {
  const [password, backChannelTokenDigest] = await Promise.all([
    hashSecret(PERSONA.password),
    sha256(credentials.backChannelToken),
  ])
  const linkedSub =
    name === 'linked' ? subjects.persona : name === 'linked-elsewhere' ? subjects.other : null
  const seededAt = at('2021-09-22T10:00:00+09:00')
  return {
    accounts: [
      {
        id: 'hw-account-1',
        email: PERSONA.email,
        displayName: PERSONA.displayName,
        password,
        failedLogins: name === 'hw-locked' ? 5 : 0,
        lockedUntil: name === 'hw-locked' ? seededAt + 30 * MINUTE : null,
        jobSeekerNumber: PERSONA.jobSeekerNumber,
        officeName: PERSONA.officeName,
        disclosureStatus: '公開中',
        registrationValid: name !== 'expired-registration',
        otpRequired: name === 'otp',
        lastLoginAt: at('2021-09-21T10:00:00+09:00'),
        previousLoginAt: at('2021-09-21T10:00:00+09:00'),
      },
    ],
    sessions: [],
    transactions: [],
    links: linkedSub
      ? [
          {
            accountId: 'hw-account-1',
            iss: MYNAPORTAL_ISSUER,
            sub: linkedSub,
            linkedAt: at('2021-09-15T10:00:00+09:00'),
          },
        ]
      : [],
    tickets: [],
    otpChallenges: [],
    unknownAddresses: [],
    client: { id: HELLOWORK_CLIENT_ID, secret: credentials.clientSecret },
    mynaportalBackChannelTokenDigest: backChannelTokenDigest,
    jobs: seedJobs(),
    messages: seedMessages(at),
    applications: [
      { jobNumber: '13010-09999999', appliedAt: at('2021-09-21T11:00:00+09:00'), status: '応募中' },
    ],
    audit: [],
  }
}

export async function applyScenario(name: ScenarioName): Promise<void> {
  const subjects = { persona: randomToken(24), other: randomToken(24) }
  const credentials = { clientSecret: randomToken(), backChannelToken: randomToken() }
  const [myna, hw] = await Promise.all([
    seedMynaportal(name, subjects, credentials),
    seedHellowork(name, subjects, credentials),
  ])
  forgetOtherVersions()
  mynaportalDb.save(myna)
  helloworkDb.save(hw)
  clearCookies()
  clearFaults()
  resetClock()
  simulatorDocument.save({ scenario: name })
  clearStorageResets()
}

let seeding: Promise<void> | undefined

/**
 * Before every request. First use (or after a schema change) loads the scenario once; a server
 * document that could not be read is seeded again on its own (repair.ts), and so is a persona no
 * console could have set, leaving everything else as it was.
 */
export function ensureSeeded(): Promise<void> {
  const myna = mynaportalDb.load()
  const hw = helloworkDb.load()
  cookieSnapshot() // checked with them, so a damaged jar is reported before anyone signs in
  if (myna && hw && personaIsValid(myna, hw)) return Promise.resolve()
  seeding ??= repair(myna, hw).finally(() => (seeding = undefined))
  return seeding
}

async function repair(myna: MynaData | undefined, hw: HwData | undefined): Promise<void> {
  if (myna && hw) return resetPersona()
  const damaged = storageResets()
  const firstUse = !myna && !hw && !damaged.includes('mynaportal') && !damaged.includes('hellowork')
  if (firstUse) return applyScenario(currentScenario())
  await reseedServers(currentScenario(), { myna, hw })
}
