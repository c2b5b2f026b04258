import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { findBrowser, findScreenshotBrowser } from '../../scripts/lib/chromium'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const scratch = await mkdtemp(path.join(tmpdir(), 'mhsim-shots-'))
afterAll(() => rm(scratch, { recursive: true, force: true }))

/** `npm run screenshots` without its build step: the suite's global setup has built dist/. */
function screenshots(args: string[], env: NodeJS.ProcessEnv = {}) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/screenshots.ts', ...args], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.app.json', ...env },
  })
}

/** Fails on the first file whose bytes differ between the two folders. */
async function expectSameBytes(first: string, second: string, names: string[], why: string) {
  for (const name of names) {
    const [a, b] = await Promise.all([
      readFile(path.join(first, name)),
      readFile(path.join(second, name)),
    ])
    expect(a.equals(b), `${name} differs ${why}`).toBe(true)
  }
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

describe('npm run screenshots', () => {
  it('writes the same bytes on two runs, with sortable names, a gallery and a manual draft', async () => {
    const [first, second] = [path.join(scratch, 'a'), path.join(scratch, 'b')]
    const { stdout } = await screenshots(['--flow', 'pin-wrong', '--annotate', '--out', first])
    await screenshots(['--flow', 'pin-wrong', '--annotate', '--out', second])

    const written = await files(first)
    expect(written).toEqual([
      'index.html',
      'manual.md',
      'pin-wrong/01a-myna-top.pc.png',
      'pin-wrong/01a-myna-top.sp.png',
      'pin-wrong/01b-login.pc.png',
      'pin-wrong/01b-login.sp.png',
      'pin-wrong/01c-login-refused.pc.png',
      'pin-wrong/01c-login-refused.sp.png',
    ])
    expect(await files(second)).toEqual(written)
    await expectSameBytes(first, second, written, 'between two runs')
    // Two walks run side by side, so which image is counted first depends on the machine's load.
    expect(stdout).toMatch(/^[1-6]\/6 暗証番号の誤り ① マイナポータル pc$/m)
    expect(stdout).toMatch(/^[1-6]\/6 暗証番号の誤り ① ログイン sp$/m)
    expect(stdout).toMatch(/6 images by \S+ [\d.]+ in [\d.]+ s \(\d+ ms per image\)/)
    expect(await readFile(path.join(first, 'manual.md'), 'utf8')).toContain('![')
  })

  it('fails naming the flow, step and screen, and keeps the screenshot of what it saw', async () => {
    const out = path.join(scratch, 'broken')
    const failed = await screenshots([
      '--flow',
      'link',
      '--viewport',
      'pc',
      '--scenario',
      'pin-locked',
      '--out',
      out,
    ]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed?.code).toBe(1)
    expect(failed?.stderr).toContain('つなぐ ① トップページ pc: expected screen not found')
    expect(await files(path.join(out, 'errors'))).toEqual(['link/01c-top-page.pc.png'])
  })

  it('takes in the headless shell, where installed, the pixels the full browser draws', async () => {
    // The shell has no per-script default fonts: a bare `monospace` once came out in another face.
    const shell = findScreenshotBrowser().path
    const [byShell, byBrowser] = [path.join(scratch, 'shell'), path.join(scratch, 'browser')]
    const shellRun = await screenshots(['--flow', 'link', '--out', byShell])
    const browserRun = await screenshots(['--flow', 'link', '--out', byBrowser], {
      CHROMIUM_PATH: findBrowser(),
    })
    expect(shellRun.stdout).toContain(`16 images by ${path.basename(shell)} `)
    expect(browserRun.stdout).toContain(`16 images by ${path.basename(findBrowser())} `)

    const written = (await files(byShell)).filter((file) => file.endsWith('.png'))
    expect(written).toHaveLength(16)
    expect(await files(byBrowser)).toEqual(await files(byShell))
    await expectSameBytes(byShell, byBrowser, written, `between ${shell} and ${findBrowser()}`)
  })
})
