import type { TestProject } from 'vitest/node'
import { serveBuild } from '../../../scripts/lib/serve'

/** Serves the built `dist/` on a free loopback port for the whole browser suite. */
export default async function setup(project: TestProject) {
  const server = await serveBuild()
  project.provide('baseUrl', server.baseUrl)
  return server.close
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
