import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const DIST = path.join(ROOT, 'dist')
export const FLOOR_DIST = path.join(ROOT, 'dist-bench-floor')
export const STATS_DIST = path.join(ROOT, 'dist-bench-stats')
export const STATIC_DIST = path.join(ROOT, 'dist-bench-static')
export const RESULTS = path.join(ROOT, 'bench', 'results.json')
