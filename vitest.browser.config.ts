import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/**
 * The browser suite: the production build served on loopback, driven in the machine's Chromium
 * by playwright-core. One file at a time: the machine has two cores and a browser is heavy.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'node',
      root: fileURLToPath(new URL('./', import.meta.url)),
      include: ['tests/browser/**/*.test.ts'],
      globalSetup: ['tests/browser/support/serveBuild.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
)
