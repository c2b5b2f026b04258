import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vite'
import { appViteConfig, ROOT } from './baseConfig.ts'

/**
 * The app without its mock backend, the first screens' data inlined (floorMocks.ts): the floor
 * the cold loads are compared with. `resolve.alias` entries of the override come first, so this
 * one wins over the app's `@mocks` prefix.
 */
export default defineConfig(async (env) =>
  mergeConfig(await appViteConfig(env), {
    root: ROOT,
    build: { outDir: 'dist-bench-floor', emptyOutDir: true },
    resolve: {
      alias: [
        {
          find: /^@mocks\/browser$/,
          replacement: fileURLToPath(new URL('./floorMocks.ts', import.meta.url)),
        },
      ],
    },
  }),
)
