import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      environmentOptions: { jsdom: { url: 'http://localhost/' } },
      root: fileURLToPath(new URL('./', import.meta.url)),
      include: ['tests/**/*.test.ts'],
      exclude: ['tests/browser/**', 'node_modules/**'],
      setupFiles: ['tests/setup.ts'],
    },
  }),
)
