import * as v from 'valibot'
import { PRACTICE_OTHER_USER, PRACTICE_PERSONA } from '@/contracts/practice'
import type { ScenarioName } from '@/contracts/simulator'
import { DEFAULT_SCENARIO, SCENARIO_NAMES } from '@/contracts/simulator'
import { helloworkDb, type HwData } from './hellowork/db'
import { mynaportalDb, type MynaData } from './mynaportal/db'
import { personaIsValid, reseedServers, resetPersona } from './repair'
import { seedHellowork, seedMynaportal } from './seed'
import { clearCookies, cookieSnapshot } from './shared/cookies'
import { clearFaults } from './shared/faults'
import { resetClock } from './shared/clock'
import { defineDocument, forgetOtherVersions } from './shared/persistence'
import { clearStorageResets, storageResets } from './shared/resetNotice'
import { randomToken } from './shared/secrets'

/**
 * Loading a named situation (the table in scenarioTable.ts) rewrites both servers' data, the
 * browser's cookies, the clock and the injected faults: it is the only code that writes both
 * servers' data, as a test fixture would, and the servers themselves never read each other's.
 */
export { isScenarioName, SCENARIOS } from './scenarioTable'
export const PERSONA = PRACTICE_PERSONA
export const OTHER_MYNA_USER = PRACTICE_OTHER_USER

const simulatorDocument = defineDocument(
  'simulator',
  v.object({ scenario: v.picklist(SCENARIO_NAMES) }),
  'scenario',
)

export function currentScenario(): ScenarioName {
  return simulatorDocument.load()?.scenario ?? DEFAULT_SCENARIO
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

// Process-wide on purpose: every set of servers reads the same stored documents, seeded once.
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
