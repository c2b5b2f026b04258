import { PRACTICE_PERSONA } from '@/contracts/practice'
import { personaErrors } from '@/contracts/persona'
import type { ScenarioName } from '@/contracts/simulator'
import { HELLOWORK_CLIENT_ID, HELLOWORK_ORIGIN, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { MYNAPORTAL_ORIGIN } from '@/contracts/sites'
import { helloworkDb, type HwData, type LinkRecord } from './hellowork/db'
import { mynaportalDb, type MynaData } from './mynaportal/db'
import { scenarioFlags } from './scenarioTable'
import { seedHellowork, seedMynaportal } from './seed'
import { clearSiteCookies } from './shared/cookies'
import { noteStorageReset } from './shared/resetNotice'
import { randomToken, sha256 } from './shared/secrets'
import { applyPersona, PERSONA_ACCOUNT_ID, PERSONA_USER_ID } from './simulator/persona'

/**
 * One server's document could not be read (shared/persistence.ts removed it): that server alone
 * is seeded again for the loaded scenario, and the other keeps its data. What the two share is
 * set anew on both sides, and nothing else:
 * - Hello Work's client secret and Mynaportal's back-channel credential (each side keeps the
 *   other's digest), re-issued;
 * - the pairwise subjects, which Mynaportal issues and Hello Work's links, tickets and
 *   transactions name: Hello Work's links follow Mynaportal's connections again, and its
 *   tickets and transactions (bound to Mynaportal's codes and sessions) are dropped;
 * - the reset server's cookies in the browser, which name sessions that are gone.
 */
const SECTOR = 'hellowork.example'

function subjectsOf(myna: MynaData): { persona: string; other: string } {
  const sub = (userId: string) =>
    myna.pairwiseSubjects.find((s) => s.userId === userId && s.sectorId === SECTOR)?.sub
  return { persona: sub(PERSONA_USER_ID) ?? randomToken(24), other: sub('myna-user-2') ?? '' }
}

/** Hello Work's links as Mynaportal's connections say, except in a scenario where they must differ. */
function linksFollowing(name: ScenarioName, myna: MynaData): LinkRecord[] {
  const flags = scenarioFlags(name)
  if (flags.personaConnected && !flags.personaLinked) return []
  return myna.connections
    .filter((connection) => connection.siteId === 'hellowork')
    .flatMap((connection) => {
      const subject = myna.pairwiseSubjects.find(
        (s) => s.userId === connection.userId && s.sectorId === SECTOR,
      )
      if (!subject) return []
      const link = { iss: MYNAPORTAL_ISSUER, sub: subject.sub, linkedAt: connection.connectedAt }
      return [{ accountId: PERSONA_ACCOUNT_ID, ...link }]
    })
}

export async function reseedServers(name: ScenarioName, kept: { myna?: MynaData; hw?: HwData }) {
  const credentials = { clientSecret: randomToken(), backChannelToken: randomToken() }
  const subjects = kept.myna
    ? subjectsOf(kept.myna)
    : { persona: randomToken(24), other: randomToken(24) }
  const myna = kept.myna ?? (await seedMynaportal(name, subjects, credentials))
  const [secretDigest, hw] = await Promise.all([
    sha256(credentials.clientSecret),
    kept.hw ? undefined : seedHellowork(name, subjects, credentials),
  ])
  if (kept.myna) {
    await mynaportalDb.update((data) => {
      const client = data.clients.find((c) => c.id === HELLOWORK_CLIENT_ID)
      if (client) client.secretDigest = secretDigest
      data.helloworkBackChannelToken = credentials.backChannelToken
    })
  } else {
    mynaportalDb.save(myna)
    clearSiteCookies(MYNAPORTAL_ORIGIN)
  }
  const tokenDigest = await sha256(credentials.backChannelToken)
  const shared = (data: HwData) => {
    data.client = { id: HELLOWORK_CLIENT_ID, secret: credentials.clientSecret }
    data.mynaportalBackChannelTokenDigest = tokenDigest
    data.links = linksFollowing(name, myna)
  }
  if (hw) {
    shared(hw)
    helloworkDb.save(hw)
    clearSiteCookies(HELLOWORK_ORIGIN)
    noteStorageReset('hellowork')
  } else {
    await helloworkDb.update((data) => {
      shared(data)
      data.tickets = []
      data.transactions = []
    })
    noteStorageReset('helloworkLinks')
  }
  if (!kept.myna) noteStorageReset('mynaportal')
}

/** The persona as both servers hold it, if it is one the console could have set. */
export function personaIsValid(myna: MynaData, hw: HwData): boolean {
  const user = myna.users.find((u) => u.id === PERSONA_USER_ID)
  const account = hw.accounts.find((a) => a.id === PERSONA_ACCOUNT_ID)
  if (!user || !account) return true
  const persona = {
    displayName: user.displayName,
    email: account.email,
    officeName: account.officeName,
  }
  return (
    account.displayName === user.displayName && Object.keys(personaErrors(persona)).length === 0
  )
}

/** A persona no console could have set (too long, not an address): back to the practice one. */
export async function resetPersona(): Promise<void> {
  const { displayName, email, officeName } = PRACTICE_PERSONA
  await applyPersona({ displayName, email, officeName })
  noteStorageReset('persona')
}
