import os from 'node:os'
import type { Browser } from 'playwright-core'

export interface Machine {
  os: string
  cpus: string
  memory: string
  chromium: string
  node: string
}

export function describeMachine(browser: Browser): Machine {
  const cpus = os.cpus()
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    chromium: browser.version(),
    node: process.version,
  }
}
