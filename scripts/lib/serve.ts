import { preview } from 'vite'

/** Serves the built dist/ on a free loopback port; returns its base address and a closer. */
export async function serveBuild(): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  })
  const address = server.resolvedUrls?.local[0]
  if (!address) throw new Error('vite preview did not report an address')
  return { baseUrl: address.replace(/\/$/, ''), close: () => server.close() }
}
