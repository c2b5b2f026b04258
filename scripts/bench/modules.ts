import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { MODULE_STATS_FILE, type ModuleSize } from './moduleStats'

export interface LargestModule extends ModuleSize {
  /** Its chunk is among what a first screen loaded. */
  beforeFirstScreen: boolean
}

/** `assets/index-D4x2B93Y.js` → `assets/index.js`: the analysis build's chunks without hashes. */
const unhashed = (file: string) => file.replace(/-[\w-]{8}(\.\w+)$/, '$1')

/**
 * The largest modules of the analysis build. Its chunks are those of dist/ (the same config; the
 * statistics file is an extra asset), matched by name: dist/ may have been built a moment apart.
 */
export async function largestModules(
  statsDir: string,
  firstScreenFiles: string[],
  count = 10,
): Promise<LargestModule[]> {
  const sizes = JSON.parse(
    await readFile(path.join(statsDir, MODULE_STATS_FILE), 'utf8'),
  ) as ModuleSize[]
  const early = new Set(firstScreenFiles.map(unhashed))
  return sizes
    .slice(0, count)
    .map((size) => ({ ...size, beforeFirstScreen: early.has(unhashed(size.chunk)) }))
}

export function renderModules(modules: LargestModule[]): string {
  const width = Math.max(...modules.map((m) => m.module.length))
  return modules
    .map(
      (m, i) =>
        `${String(i + 1).padStart(2)}. ${m.module.padEnd(width)}  ${(m.renderedLength / 1000).toFixed(1).padStart(6)} kB  ${m.chunk}${m.beforeFirstScreen ? '  (before first screen)' : ''}`,
    )
    .join('\n')
}
