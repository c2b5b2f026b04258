import { PRACTICE_OTHER_USER, PRACTICE_PERSONA } from '@/contracts/practice'
import type { ScenarioName } from '@/contracts/simulator'
import { HELLOWORK_CLIENT_ID, HELLOWORK_INITIATE_LOGIN_URI } from '@/contracts/sites'
import { HELLOWORK_REDIRECT_URI, HELLOWORK_SITE_NAME, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import type { HwData } from './hellowork/db'
import { seedJobs, seedMessages } from './hellowork/seedData'
import type { MynaData } from './mynaportal/db'
import { scenarioFlags } from './scenarioTable'
import { generateSigningKey } from './shared/jws'
import { hashSecret, randomToken, sha256 } from './shared/secrets'

/**
 * Each server's data for a scenario, as its flags say. The two share the pairwise subjects
 * Mynaportal issues and the credentials each keeps of the other, so the caller makes those once.
 */
export type Subjects = { persona: string; other: string }
export type Credentials = { clientSecret: string; backChannelToken: string }

const MINUTE = 60_000
const at = (iso: string) => Date.parse(iso)
/** When the seeded links and connections were made: a week before the simulated day. */
const LINKED_AT = at('2021-09-15T10:00:00+09:00')

export async function seedMynaportal(
  name: ScenarioName,
  subjects: Subjects,
  credentials: Credentials,
): Promise<MynaData> {
  const flags = scenarioFlags(name)
  const [personaPin, otherPin, clientSecretDigest, signingKey] = await Promise.all([
    hashSecret(PRACTICE_PERSONA.pin),
    hashSecret(PRACTICE_OTHER_USER.pin),
    sha256(credentials.clientSecret),
    generateSigningKey(randomToken(8)),
  ])
  const connectedToHellowork = (userId: string) => [
    { userId, siteId: 'hellowork', connectedAt: LINKED_AT },
  ]
  return {
    users: [
      {
        id: 'myna-user-1',
        displayName: PRACTICE_PERSONA.displayName,
        cardId: 'card-ashita',
        cardHolderName: PRACTICE_PERSONA.displayName,
        practicePin: PRACTICE_PERSONA.pin,
        pin: personaPin,
        failedPinAttempts: flags.pinLocked ? 3 : 0,
        pinLocked: flags.pinLocked,
      },
      {
        id: 'myna-user-2',
        displayName: PRACTICE_OTHER_USER.displayName,
        cardId: 'card-yamada',
        cardHolderName: PRACTICE_OTHER_USER.displayName,
        practicePin: PRACTICE_OTHER_USER.pin,
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
      ...(flags.personaConnected ? connectedToHellowork('myna-user-1') : []),
      ...(flags.linkedElsewhere ? connectedToHellowork('myna-user-2') : []),
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
    loginRequests: [],
    signInFaults: {
      cardNotDetected: flags.cardNotDetected,
      codeExpired: flags.codeExpired,
      phoneCertificateExpired: flags.phoneCertificateExpired,
    },
    signingKey,
    helloworkBackChannelToken: credentials.backChannelToken,
    audit: [],
  }
}

export async function seedHellowork(
  name: ScenarioName,
  subjects: Subjects,
  credentials: Credentials,
): Promise<HwData> {
  const flags = scenarioFlags(name)
  const [password, backChannelTokenDigest] = await Promise.all([
    hashSecret(PRACTICE_PERSONA.password),
    sha256(credentials.backChannelToken),
  ])
  const linkedSub = flags.personaLinked
    ? subjects.persona
    : flags.linkedElsewhere
      ? subjects.other
      : null
  const seededAt = at('2021-09-22T10:00:00+09:00')
  return {
    accounts: [
      {
        id: 'hw-account-1',
        email: PRACTICE_PERSONA.email,
        displayName: PRACTICE_PERSONA.displayName,
        password,
        failedLogins: flags.hwLocked ? 5 : 0,
        lockedUntil: flags.hwLocked ? seededAt + 30 * MINUTE : null,
        jobSeekerNumber: PRACTICE_PERSONA.jobSeekerNumber,
        officeName: PRACTICE_PERSONA.officeName,
        disclosureStatus: '公開中',
        registrationValid: !flags.registrationExpired,
        otpRequired: flags.otpRequired,
        lastLoginAt: at('2021-09-21T10:00:00+09:00'),
        previousLoginAt: at('2021-09-21T10:00:00+09:00'),
      },
    ],
    sessions: [],
    transactions: [],
    links: linkedSub
      ? [{ accountId: 'hw-account-1', iss: MYNAPORTAL_ISSUER, sub: linkedSub, linkedAt: LINKED_AT }]
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
