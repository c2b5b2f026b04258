import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Figure } from './figures'
import { runScript } from './runScript'

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
    const stdout = await runScript('scripts/screenshots.ts', [...ARGS, '--out', out])
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
