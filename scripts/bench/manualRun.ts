import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Figure } from './figures'
import { runScript } from './runScript'

const ARGS = ['--flow', 'link', '--viewport', 'both']

/**
 * `npm run manual -- --flow link --viewport both`: the seconds its four files take beyond the
 * figures, which are the screenshot run's own work. Read from its `wrote FILE in N s` lines.
 */
export async function runManual(): Promise<number> {
  const out = await mkdtemp(path.join(tmpdir(), 'mhsim-bench-manual-'))
  try {
    const stdout = await runScript('scripts/manual/index.ts', [...ARGS, '--out', out])
    const files = [...stdout.matchAll(/^wrote \S+ in ([\d.]+) s$/gm)].map((m) => Number(m[1]))
    if (files.length !== 4) throw new Error(`manual printed ${files.length} file timings, not 4`)
    return files.reduce((sum, seconds) => sum + seconds, 0)
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}

/** Budget: the four files together in under 3 s. */
export function manualFigures(samples: number[]): Figure[] {
  return [
    {
      id: 'manual.filesSeconds',
      label: `manual ${ARGS.join(' ')}: its four files beyond the figures`,
      unit: 's',
      samples,
      budget: { on: 'median', atMost: 3 },
    },
  ]
}
