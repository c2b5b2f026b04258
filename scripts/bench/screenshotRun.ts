import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Figure } from './figures'
import { ROOT } from './paths'

const ARGS = ['--flow', 'link', '--viewport', 'both']

/** Seconds per image of `npm run screenshots -- --flow link --viewport both`, from its last line. */
export async function screenshotSecondsPerImage(): Promise<number> {
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
    const found = last.match(/\((\d+) ms per image\)/)
    if (!found) throw new Error(`screenshots printed no timing: "${last}"`)
    return Number(found[1]) / 1000
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}

/** Budget (issue 7): ≤ 250 ms per screenshot. */
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
