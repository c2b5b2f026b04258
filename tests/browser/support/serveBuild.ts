import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

/** Serves the built `dist/` on a free loopback port for the whole browser suite. */
export default async function serveBuild(project: TestProject) {
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  })
  const address = server.resolvedUrls?.local[0]
  if (!address) throw new Error('vite preview did not report an address')
  project.provide('baseUrl', address.replace(/\/$/, ''))
  return async () => {
    await server.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
