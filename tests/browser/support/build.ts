import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))
const viteBin = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url))

/**
 * Runs `vite build` as the npm scripts do, in its own process, so each test checks a build of
 * the current code. NODE_ENV is set because vitest's own `test` would give Vue's dev build.
 */
export async function viteBuild(args: string[], env: Record<string, string> = {}): Promise<void> {
  await promisify(execFile)(process.execPath, [viteBin, 'build', '--logLevel', 'warn', ...args], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
}
