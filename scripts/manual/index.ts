/**
 * npm run manual [-- --flow link,unlink] [--viewport pc|sp|both] [--scenario NAME] [--out manual]
 *                  [--situation QUERY] [--compare PREVIOUS_DIR] [--figure-prefix 3.4]
 *
 * Walks the manual's flows as `npm run screenshots --annotate` does and writes the manual itself
 * from the flows' texts: index.html (the accessible master), manual.docx, manual.pdf (the master
 * printed by the same Chromium) and steps.csv, with the figures under figures/. With --compare,
 * also what changed since an earlier run (changes.html, changes.json).
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { FLOWS, flowScreens } from '../../src/flows'
import { shootFlows, startServerAndBrowser } from '../lib/capture'
import { findScreenshotBrowser } from '../lib/chromium'
import { compareRuns } from '../lib/compare'
import type { Shot } from '../lib/gallery'
import { prepareOutput, readOptions, UsageError, type ManualRun } from './options'
import { writeManual } from './write'

function stop(message: string): never {
  console.error(`manual: ${message}`)
  process.exit(1)
}

let run: ManualRun
try {
  run = readOptions(process.argv.slice(2))
  if (run.help) {
    console.log(run.help)
    process.exit(0)
  }
  await prepareOutput(run)
} catch (error) {
  if (error instanceof UsageError) stop(error.message)
  throw error
}
for (const key of run.ignoredSituationKeys) {
  console.log(
    `--situation の ${key} は使いません（each flow starts from its own scenario and first step）`,
  )
}

const started = performance.now()
const figuresDir = path.join(run.outDir, 'figures')
const total = run.flows.reduce((sum, f) => sum + flowScreens(f).length, 0) * run.viewports.length
let done = 0
const shooter = (() => {
  try {
    return findScreenshotBrowser()
  } catch (error) {
    return stop((error as Error).message.replace(/\n/g, ' '))
  }
})()
const { server, browser } = await startServerAndBrowser(shooter.path).catch((reason: Error) =>
  stop(
    `ブラウザーかサーバーを起動できませんでした（${reason.message.split('\n')[0]}）。npm run build を確かめてください。`,
  ),
)
console.log(`browser: ${path.basename(shooter.path)} ${browser.version()}`)
let failure: Error | undefined
try {
  const jobs = run.flows.flatMap((flow) => run.viewports.map((vp) => ({ flow, vp })))
  const options = {
    outDir: figuresDir,
    annotate: true,
    fullPage: false,
    scenario: run.scenario,
    situation: run.situation,
    practiceHints: run.practiceHints,
  }
  const parallel = run.jobs ?? availableParallelism() + 1
  const shots = await shootFlows(
    browser,
    server.baseUrl,
    jobs,
    parallel,
    options,
    () => `${++done}/${total} figure`,
  )
  // Walks finish in any order; the manual follows the flows' own order.
  const order = (s: Shot) => FLOWS.indexOf(s.flow as (typeof FLOWS)[number])
  shots.sort((a, b) => order(a) - order(b))
  await writeManual(run, shots, browser)
} catch (error) {
  failure = error as Error
} finally {
  await browser.close()
  await server.close()
}
if (failure) {
  const message = failure.message.split('\n')[0]!
  stop(
    message.includes('expected screen not found')
      ? `画面が見つかりませんでした: ${message} — --scenario / --situation とフローの定義（src/flows）を確かめてください。`
      : message,
  )
}
const seconds = (performance.now() - started) / 1000
console.log(
  `manual: ${done} figures and 4 files by ${path.basename(shooter.path)} ${browser.version()} in ${seconds.toFixed(1)} s → ${path.relative(process.cwd(), run.outDir) || '.'}/`,
)
if (run.compare) {
  const changes = await compareRuns(run.compare, run.outDir, 'figures')
  console.log(
    `compared with ${path.relative(process.cwd(), run.compare)}/: ${changes.added.length} added, ${changes.removed.length} removed, ${changes.unchanged} unchanged → changes.html, changes.json`,
  )
  console.log(`${changes.changed.length} changed`)
}
