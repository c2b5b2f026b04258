import { spawn } from 'node:child_process'
import { ROOT } from './paths'

/**
 * One of the project's command-line scripts, as the browser tests run it: without its build
 * step (the bench has just built dist/). Resolves to what it printed; rejects with its errors.
 */
export function runScript(script: string, args: string[]): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.app.json' },
    })
    let text = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${script} failed (${code}): ${errors}`)),
    )
  })
}
