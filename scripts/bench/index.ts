/**
 * npm run bench [-- --quick] [--runs N]
 *
 * Builds the inlined-data floor and the module statistics beside dist/, serves each on loopback
 * and measures in the machine's Chromium, every figure beside its floor in the same run. Prints
 * one table, writes bench/results.json with the raw samples, and exits 1 only on what does not
 * depend on the machine's speed (bytes, cold-load ratios far over budget).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { launchBrowser } from '../lib/chromium'
import { serveBuild } from '../lib/serve'
import { buildBenchVariants } from './builds'
import { bodyCopyFigures, measureBodyCopies } from './bodyCopies'
import { builtFiles, byteFigures, bytesInTotal, bytesOf, type AssetBytes } from './bytes'
import { coldLoadFigures, measureColdLoads, type Variant } from './coldLoad'
import { verdictOf, type Figure } from './figures'
import { FIRST_SCREENS } from './firstScreens'
import { FLOOR_ANSWERS } from './floorMocks'
import { LIGHTHOUSE_COMMAND, lighthouseFigures, measureLighthouse } from './lighthouse'
import { describeMachine } from './machine'
import { manualFigures, runManual } from './manualRun'
import { heapFigures, measureHeap } from './memory'
import { largestModules, renderModules } from './modules'
import { HELP, readOptions } from './options'
import { DIST, FLOOR_DIST, RESULTS, ROOT, STATIC_DIST, STATS_DIST } from './paths'
import { measureRequests, requestFigures } from './requests'
import { runScreenshots, screenshotFigures, type ScreenshotRun } from './screenshotRun'
import { writeStaticPages } from './staticPages'
import { measureSteps, stepFigures } from './steps'
import { renderMarkdown, renderTable } from './table'

const options = readOptions()
if (!options) {
  console.log(HELP)
  process.exit(0)
}
const say = (text: string) => console.log(`bench: ${text}`)

say('building the inlined-data floor and the module statistics')
await buildBenchVariants()

const app = await serveBuild({ outDir: DIST })
const inlined = await serveBuild({ outDir: FLOOR_DIST })
const browser = await launchBrowser()
const figures: Figure[] = []
let extras: Record<string, unknown> = {}
try {
  say('saving the first screens as plain HTML')
  await writeStaticPages(browser, app.baseUrl, DIST, STATIC_DIST)
  const plain = await serveBuild({ outDir: STATIC_DIST })
  const urls: Record<Variant, string> = {
    app: app.baseUrl,
    inlined: inlined.baseUrl,
    static: plain.baseUrl,
  }
  const cold = await measureColdLoads(browser, urls, options.runs, (run) =>
    say(`cold loads ${run}/${options.runs}`),
  ).finally(() => plain.close())
  figures.push(...coldLoadFigures(cold))

  const steps = await measureSteps(browser, app.baseUrl, options.runs, (run) =>
    say(`つなぐ and やめる ${run}/${options.runs}`),
  )
  figures.push(...stepFigures(steps))

  say(`${options.fetches} mocked requests per server`)
  figures.push(...requestFigures(await measureRequests(browser, app.baseUrl, options.fetches)))
  figures.push(...bodyCopyFigures(await measureBodyCopies(browser, options.fetches)))

  const early: Record<string, AssetBytes> = {}
  for (const screen of FIRST_SCREENS) {
    const seen = cold.appFirstVisit[screen.site]!
    early[screen.path] = await bytesOf(DIST, builtFiles(seen.resources, app.baseUrl))
  }
  figures.push(...byteFigures(early, await bytesInTotal(DIST)))
  const modules = await largestModules(
    STATS_DIST,
    Object.values(early).flatMap((bytes) => bytes.files),
  )

  const shots: ScreenshotRun[] = []
  for (let run = 1; run <= options.screenshotRuns; run++) {
    say(`screenshot run ${run}/${options.screenshotRuns}`)
    shots.push(await runScreenshots())
  }
  figures.push(...screenshotFigures(shots.map((shot) => shot.secondsPerImage)))
  say(`screenshots taken by ${shots[0]?.browser}`)
  const manualSeconds: number[] = []
  for (let run = 1; run <= options.screenshotRuns; run++) {
    say(`manual run ${run}/${options.screenshotRuns}`)
    manualSeconds.push(await runManual())
  }
  figures.push(...manualFigures(manualSeconds))

  const heap = await measureHeap(browser, app.baseUrl, options.memoryCycles, (cycle) => {
    if (cycle % 5 === 0) say(`link/unlink cycle ${cycle}/${options.memoryCycles}`)
  })
  figures.push(...heapFigures(heap))

  say(`Lighthouse, ${options.lighthouseRuns} run(s) of each first screen`)
  const firstScreens = FIRST_SCREENS.map((screen) => `${app.baseUrl}${screen.path}`)
  figures.push(...lighthouseFigures(await measureLighthouse(firstScreens, options.lighthouseRuns)))
  extras = {
    heapAfterEachCycle: heap.afterCycle,
    beforeFirstScreen: early,
    largestModules: modules,
  }

  console.log(`\n${renderTable(figures)}\n`)
  console.log(`Largest modules (rendered length, analysis build):\n${renderModules(modules)}\n`)
  if (options.memoryCycles < 20) {
    say(`quick mode: the heap is compared after ${options.memoryCycles} cycles, not 20`)
  }

  await mkdir(path.dirname(RESULTS), { recursive: true })
  await writeFile(
    RESULTS,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { ...describeMachine(browser), screenshotBrowser: shots[0]?.browser },
        options,
        methods: {
          coldLoad:
            'performance.now() in the page, from navigation start to the animation frame after the first screen’s h1 (and, on /myna/, its ログイン link) is in the DOM and visible',
          step: 'performance.now() in the page, from the click’s dispatch (capture listener) to a MutationObserver seeing the next screen’s h1 in the DOM and visible',
          request: 'performance.now() around fetch() and response.json() inside the app’s page',
          bodyCopy:
            'performance.now() around a new Request, its copy (clone() or built again) and both bodies read, on a blank page',
          floorAnswers: Object.keys(FLOOR_ANSWERS),
          lighthouse: LIGHTHOUSE_COMMAND,
        },
        figures: figures.map((f) => ({ ...f, verdict: verdictOf(f) })),
        // For docs/performance.md's history of runs.
        markdownTable: renderMarkdown(figures),
        ...extras,
      },
      null,
      2,
    )}\n`,
  )
  say(`raw samples in ${path.relative(ROOT, RESULTS)}`)
} finally {
  await browser.close()
  await inlined.close()
  await app.close()
}

const failed = figures.filter((f) => verdictOf(f) === 'FAIL')
const tolerated = failed.filter((f) => options.warnRatios && f.unit === 'ratio')
for (const f of tolerated) console.warn(`bench: warning, far over budget (not failing): ${f.label}`)
if (failed.length > tolerated.length) {
  console.error(`bench: over the limits that do not depend on the machine's speed:`)
  for (const f of failed.filter((f) => !tolerated.includes(f))) console.error(`  ${f.label}`)
  process.exit(1)
}
