import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const config = (name: string) => fileURLToPath(new URL(name, import.meta.url))

/**
 * The two extra builds beside dist/ (which `npm run bench` builds first): the inlined-data floor
 * and the module statistics. The app's own build is measured as it is.
 */
export async function buildBenchVariants(): Promise<void> {
  for (const file of ['./vite.floor.config.ts', './vite.stats.config.ts']) {
    await build({ configFile: config(file), logLevel: 'warn' })
  }
}
