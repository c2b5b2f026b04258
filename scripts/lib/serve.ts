import { preview } from 'vite'

export interface ServeOptions {
  /** The built folder; dist/ by default. */
  outDir?: string
  /** The sub-path it was built for (SIM_BASE); `/` by default. */
  base?: string
}

/**
 * Serves a built folder on a free loopback port, as any static server that answers unknown paths
 * with index.html would; returns its base address (with the sub-path) and a closer.
 */
export async function serveBuild(
  options: ServeOptions = {},
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = await preview({
    // Everything a static server needs is given here; loading vite.config.ts (and bundling it
    // with its plugins) took most of the 0.2 s this start used to take.
    configFile: false,
    ...(options.base ? { base: options.base } : {}),
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  })
  const address = server.resolvedUrls?.local[0]
  if (!address) throw new Error('vite preview did not report an address')
  return { baseUrl: address.replace(/\/$/, ''), close: () => server.close() }
}
