import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { viteSingleFile } from 'vite-plugin-singlefile'

/** `vite build --mode offline` (npm run build:offline): the one-file delivery for file://. */
const OFFLINE_MODE = 'offline'
const isOffline = (mode: string) => mode === OFFLINE_MODE

/**
 * The path the static folder is served under, from SIM_BASE (`/training/sim/`); `/` by default.
 * Vite needs both slashes, and a trainer typing the path should not have to know that.
 */
function siteBase(value = process.env.SIM_BASE): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/**
 * Everything the single file must not reference from outside itself: its own folder (so dist/
 * stays what the other tests serve) and no public/ files (robots.txt means nothing on file://).
 */
function offlineDelivery(): Plugin {
  return {
    name: 'sim:offline-delivery',
    apply: (_config, { mode }) => isOffline(mode),
    config: () => ({ build: { outDir: 'dist-offline', copyPublicDir: false } }),
  }
}

export default defineConfig({
  base: siteBase(),
  plugins: [
    vue(),
    offlineDelivery(),
    // Typed as any PluginOption, but it is one plugin object; `apply` keeps it out of other modes.
    { ...(viteSingleFile() as Plugin), apply: (_config, { mode }) => isOffline(mode) },
  ],
  build: {
    rolldownOptions: {
      output: {
        // What the first screen needs, in the entry's one file: split automatically it would be
        // several small scripts, and a server that says no-cache has each revalidated on every
        // visit (docs/performance.md, repeat visits).
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      // MSW's own cookie jar is always empty: an empty stand-in instead of the real library and
      // its public-suffix list (mocks/shims/tough-cookie.ts says why, and what it rests on).
      'tough-cookie': fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url)),
    },
  },
})
