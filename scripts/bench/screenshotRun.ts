import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Figure } from './figures'
import { ROOT } from './paths'

const ARGS = ['--flow', 'link', '--viewport', 'both']

export interface ScreenshotRun {
  secondsPerImage: number
  /** The browser the generator chose (the headless shell where installed), with its version. */
  browser: string
}

/** `npm run screenshots -- --flow link --viewport both`, read from its last line. */
export async function runScreenshots(): Promise<ScreenshotRun> {
  const out = await mkdtemp(path.join(tmpdir(), 'mhsim-bench-shots-'))
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      // As tests/browser/screenshots.test.ts runs it: without its build step (dist/ is fresh).
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/screenshots.ts', ...ARGS, '--out', out],
        { cwd: ROOT, env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.app.json' } },
      )
      let text = ''
      let errors = ''
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`screenshots failed (${code}): ${errors}`)),
      )
    })
    const last = stdout.trim().split('\n').at(-1) ?? ''
    const found = last.match(/ images by (.+) in [\d.]+ s \((\d+) ms per image\)/)
    if (!found) throw new Error(`screenshots printed no timing: "${last}"`)
    return { browser: found[1]!, secondsPerImage: Number(found[2]) / 1000 }
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}

/** Budget: ≤ 250 ms per screenshot. */
export function screenshotFigures(samples: number[]): Figure[] {
  return [
    {
      id: 'screenshots.secondsPerImage',
      label: `screenshots ${ARGS.join(' ')}: per image`,
      unit: 's',
      samples,
      budget: { on: 'median', atMost: 0.25 },
    },
  ]
}
