import { defineConfig, mergeConfig } from 'vite'
import { appViteConfig, ROOT } from './baseConfig.ts'
import { moduleStats } from './moduleStats.ts'

/** The app as built, once more, to name the modules in each chunk (dist/ stays untouched). */
export default defineConfig(async (env) =>
  mergeConfig(await appViteConfig(env), {
    root: ROOT,
    build: { outDir: 'dist-bench-stats', emptyOutDir: true },
    plugins: [moduleStats(ROOT)],
  }),
)
