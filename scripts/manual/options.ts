import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SCENARIO_NAMES } from '../../src/contracts/simulator'
import { FLOWS, SITUATIONS, type WalkableFlow } from '../../src/flows'
import { VIEWPORTS, type ViewportName } from '../lib/capture'
import { parseSituationArg, SituationError } from '../lib/situation'

/** A wrong argument or folder: one line saying what and what to do, and no stack. */
export class UsageError extends Error {}

export interface ManualRun {
  help?: string
  flows: WalkableFlow[]
  viewports: ViewportName[]
  scenario?: string
  situation?: Record<string, string>
  ignoredSituationKeys: string[]
  outDir: string
  compare?: string
  figurePrefix: string
  /** Figures keep the practice PIN and account boxes (capture mode's hints). */
  practiceHints: boolean
  jobs?: number
}

const EVERY_FLOW: WalkableFlow[] = [...FLOWS, ...SITUATIONS]

const HELP = `npm run manual -- [options]
  --flow ID[,ID]        only these flows (default: ${FLOWS.map((f) => f.id).join(', ')}; also ${SITUATIONS.map((f) => f.id).join(', ')})
  --viewport pc|sp|both PC figures, smartphone figures or both (default)
  --scenario NAME       start every flow from this scenario instead of its own
  --situation QUERY     a trainer-console situation, as its shared URL's query ("persona_name=試験 花子")
  --out DIR             where to write (default manual/; emptied first)
  --compare DIR         an earlier run's folder: writes changes.html and changes.json
  --figure-prefix P     figure numbers are 図P-1, 図P-2, … (default 3.4)
  --practice-hints      keep the practice PIN and account boxes, which figures leave out
  --jobs N              walks side by side (default: CPU cores + 1)`

export function readOptions(args: string[]): ManualRun {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        flow: { type: 'string' },
        viewport: { type: 'string', default: 'both' },
        scenario: { type: 'string' },
        situation: { type: 'string' },
        out: { type: 'string', default: 'manual' },
        compare: { type: 'string' },
        'figure-prefix': { type: 'string', default: '3.4' },
        'practice-hints': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message}（npm run manual -- --help で使える指定を表示します）`,
    )
  }
  const flows = values.flow
    ? values.flow.split(',').map((id) => {
        const flow = EVERY_FLOW.find((f) => f.id === id.trim())
        if (!flow) {
          throw new UsageError(
            `「${id}」というフローはありません（unknown flow "${id}"）。使えるフロー: ${EVERY_FLOW.map((f) => f.id).join(', ')}`,
          )
        }
        return flow
      })
    : FLOWS
  const viewports = (
    values.viewport === 'both' ? ['pc', 'sp'] : [values.viewport]
  ) as ViewportName[]
  if (!viewports.every((v) => v in VIEWPORTS)) {
    throw new UsageError(`--viewport は pc、sp、both のどれかです（got "${values.viewport}"）。`)
  }
  if (values.scenario && !(SCENARIO_NAMES as readonly string[]).includes(values.scenario)) {
    throw new UsageError(
      `「${values.scenario}」というシナリオはありません（unknown scenario）。使えるシナリオ: ${SCENARIO_NAMES.join(', ')}`,
    )
  }
  let situation: ReturnType<typeof parseSituationArg> | undefined
  try {
    situation = values.situation === undefined ? undefined : parseSituationArg(values.situation)
  } catch (error) {
    if (error instanceof SituationError) throw new UsageError(error.message)
    throw error
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) {
    throw new UsageError(`--jobs は1以上の整数です（got "${values.jobs}"）。`)
  }
  return {
    help: values.help ? HELP : undefined,
    flows,
    viewports,
    scenario: values.scenario,
    situation: situation?.query,
    ignoredSituationKeys: situation?.ignored ?? [],
    outDir: path.resolve(values.out),
    compare: values.compare === undefined ? undefined : path.resolve(values.compare),
    figurePrefix: values['figure-prefix'],
    practiceHints: values['practice-hints'],
    jobs,
  }
}

/** Checks the folders before any browser starts, then empties the output folder. */
export async function prepareOutput(run: ManualRun): Promise<void> {
  const shown = (dir: string) => path.relative(process.cwd(), dir) || '.'
  if (run.compare) {
    if (!existsSync(run.compare) || !statSync(run.compare).isDirectory()) {
      throw new UsageError(
        `--compare の前回のフォルダー ${shown(run.compare)} がありません（previous folder not found）。前回の npm run manual の出力先を指定してください。`,
      )
    }
    const inside = path.relative(run.outDir, run.compare)
    if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
      throw new UsageError(
        `--compare のフォルダーが出力先 ${shown(run.outDir)} の中にあります。書き出す前に消えてしまうので、前回の出力を別の名前に移してください（例: mv manual manual-previous）。`,
      )
    }
  }
  try {
    // The nearest folder that exists must take writes: a recursive mkdir under a folder that
    // refuses it (/proc) can keep Node busy instead of failing.
    let existing = run.outDir
    while (!existsSync(existing)) existing = path.dirname(existing)
    accessSync(existing, constants.W_OK)
    await mkdir(run.outDir, { recursive: true })
    await writeFile(path.join(run.outDir, '.write-check'), '')
    await rm(run.outDir, { recursive: true, force: true })
    await mkdir(run.outDir, { recursive: true })
  } catch (error) {
    throw new UsageError(
      `出力先 ${shown(run.outDir)} に書き込めません（${(error as NodeJS.ErrnoException).code ?? 'cannot write'}）。--out で書き込めるフォルダーを指定してください。`,
    )
  }
}
