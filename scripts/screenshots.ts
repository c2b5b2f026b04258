/**
 * npm run screenshots [-- --flow link,sso] [--viewport pc|sp|both] [--annotate] [--full-page]
 *                       [--scenario NAME] [--out screenshots]
 *
 * Walks every flow of src/flows in the built app, in the machine's Chromium, and writes each
 * screen as a PNG at PC (1280×800) and smartphone (390×844, scale 2) width, a gallery
 * (index.html) and a manual page draft (manual.md). Deterministic: each flow starts from its
 * seeded scenario on the frozen simulated clock, with transitions, carets, focus and hover off.
 */
import { rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { FLOWS, SITUATIONS, flowScreens } from '../src/flows'
import { SCENARIO_NAMES } from '../src/contracts/simulator'
import { shootFlows, startServerAndBrowser, VIEWPORTS, type ViewportName } from './lib/capture'
import { findScreenshotBrowser } from './lib/chromium'
import { renderGallery, renderManual, type Shot } from './lib/gallery'

const { values } = parseArgs({
  options: {
    flow: { type: 'string' },
    viewport: { type: 'string', default: 'both' },
    annotate: { type: 'boolean', default: false },
    'full-page': { type: 'boolean', default: false },
    'practice-hints': { type: 'boolean', default: false },
    out: { type: 'string', default: 'screenshots' },
    scenario: { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log(`npm run screenshots -- [options]
  --flow ID[,ID]      only these flows (${[...FLOWS, ...SITUATIONS].map((f) => f.id).join(', ')})
  --viewport pc|sp|both   PC 1280×800, smartphone 390×844 at scale 2, or both (default)
  --annotate          the manual's red frame and circled step number on what to click
  --full-page         the whole page, not only the first screenful
  --practice-hints    keep the practice PIN and account boxes, which figures leave out
  --scenario NAME     start every flow from this scenario instead of its own
  --out DIR           where to write (default screenshots/; emptied first)
  --jobs N            walks side by side (default: CPU cores + 1)`)
  process.exit(0)
}

const everyFlow = [...FLOWS, ...SITUATIONS]
const flows = values.flow
  ? values.flow.split(',').map((id) => {
      const flow = everyFlow.find((f) => f.id === id.trim())
      if (!flow)
        throw new Error(`unknown flow "${id}"; known: ${everyFlow.map((f) => f.id).join(', ')}`)
      return flow
    })
  : everyFlow
const viewports: ViewportName[] =
  values.viewport === 'both' ? ['pc', 'sp'] : [values.viewport as ViewportName]
if (!viewports.every((v) => v in VIEWPORTS)) throw new Error('--viewport is pc, sp or both')
if (values.scenario && !(SCENARIO_NAMES as readonly string[]).includes(values.scenario)) {
  throw new Error(`unknown scenario "${values.scenario}"; known: ${SCENARIO_NAMES.join(', ')}`)
}
const outDir = path.resolve(values.out)
// Most of a walk is waiting on the page, so one more walk than cores keeps every core busy.
const parallel = Math.max(1, Number(values.jobs ?? availableParallelism() + 1) || 1)

function stop(error: unknown): never {
  console.error(`screenshots failed: ${(error as Error).message}`)
  process.exit(1)
}

const started = performance.now()
const total = flows.reduce((sum, flow) => sum + flowScreens(flow).length, 0) * viewports.length
let done = 0
await rm(outDir, { recursive: true, force: true })
let shooter: ReturnType<typeof findScreenshotBrowser>
try {
  shooter = findScreenshotBrowser()
} catch (error) {
  stop(error)
}
const { server, browser } = await startServerAndBrowser(shooter.path).catch(stop)
const shotBy = `${path.basename(shooter.path)} ${browser.version()}`
const shots: Shot[] = []
let failure: Error | undefined
try {
  const jobs = flows.flatMap((flow) => viewports.map((vp) => ({ flow, vp })))
  const options = {
    outDir,
    annotate: values.annotate,
    fullPage: values['full-page'],
    practiceHints: values['practice-hints'],
    scenario: values.scenario,
  }
  shots.push(
    ...(await shootFlows(
      browser,
      server.baseUrl,
      jobs,
      parallel,
      options,
      () => `${++done}/${total}`,
    )),
  )
  await writeFile(path.join(outDir, 'index.html'), renderGallery(shots))
  await writeFile(path.join(outDir, 'manual.md'), renderManual(shots))
} catch (error) {
  failure = error as Error
} finally {
  await browser.close()
  await server.close()
}
if (failure) stop(failure)
const seconds = (performance.now() - started) / 1000
if (shooter.hint) console.log(shooter.hint)
console.log(
  `${shots.length} images by ${shotBy} in ${seconds.toFixed(1)} s (${((seconds / Math.max(shots.length, 1)) * 1000).toFixed(0)} ms per image) → ${path.relative(process.cwd(), outDir)}/`,
)
