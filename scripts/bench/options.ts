import { parseArgs } from 'node:util'

export interface BenchOptions {
  quick: boolean
  /** Cold loads and walks of つなぐ and やめる: samples per figure. */
  runs: number
  /** Mocked requests timed per server. */
  fetches: number
  /** Whole `npm run screenshots -- --flow link --viewport both` runs. */
  screenshotRuns: number
  /** Link/unlink cycles before the second heap reading (the budget is stated for 20). */
  memoryCycles: number
  /** Lighthouse audits of each first screen. */
  lighthouseRuns: number
  /**
   * Cold-load ratios far over budget are reported but do not fail the run, for a machine too busy
   * to time page loads fairly (a shared CI runner); the byte budget always fails.
   */
  warnRatios: boolean
}

export const HELP = `npm run bench -- [--quick] [--runs N]
  --quick    fewer samples for CI: 9 runs, 1 screenshot run, 10 link/unlink cycles,
             1 Lighthouse run per first screen (every figure)
  --runs N   cold loads and flow walks per figure (default 20; quick 9)
  --warn-ratios  report cold-load ratios far over budget without failing (bytes still fail)`

/** The options, or undefined when only the help was asked for. */
export function readOptions(argv = process.argv.slice(2)): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      'warn-ratios': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) return undefined
  const quick = values.quick
  const runs = values.runs === undefined ? (quick ? 9 : 20) : Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1')
  return {
    quick,
    runs,
    fetches: runs * 10,
    screenshotRuns: quick ? 1 : 3,
    memoryCycles: quick ? 10 : 20,
    lighthouseRuns: quick ? 1 : 3,
    warnRatios: values['warn-ratios'],
  }
}
