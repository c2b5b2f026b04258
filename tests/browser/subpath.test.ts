import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { flowScreens, linkFlow, unlinkFlow, type FlowDefinition, screenOf } from '@/flows'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { serveBuild } from '../../scripts/lib/serve'
import { viteBuild } from './support/build'
import { closeBrowser, expectHeading, walkFlow, watchedPage } from './support/page'

/** Typed without its slashes, as a trainer might: the build adds them. */
const SIM_BASE = 'training/sim'
const BASE_PATH = '/training/sim/'

let server: Awaited<ReturnType<typeof serveBuild>>

beforeAll(async () => {
  // dist/ belongs to the rest of the browser suite; this build gets its own folder.
  await viteBuild(['--outDir', 'dist-subpath'], { SIM_BASE })
  server = await serveBuild({ outDir: 'dist-subpath', base: BASE_PATH })
}, 120_000)

afterAll(async () => {
  await closeBrowser()
  await server?.close()
})

/** A page that also records every loopback request outside the sub-path. */
async function openPage() {
  const watched = await watchedPage()
  const outsideBase: string[] = []
  watched.page.on('request', (request) => {
    const url = new URL(request.url())
    const loopback = ['127.0.0.1', 'localhost'].includes(url.hostname)
    if (loopback && !url.pathname.startsWith(BASE_PATH)) outsideBase.push(request.url())
  })
  return { ...watched, outsideBase }
}

async function walk(page: Page, flow: FlowDefinition, scenario: string | null = flow.scenario) {
  await page.goto(`${server.baseUrl}${flow.startPath}${scenario ? `?scenario=${scenario}` : ''}`)
  const seen: string[] = []
  await walkFlow(page, flow, async (screen) => void seen.push(screenOf(screen).title))
  expect(seen).toEqual(flowScreens(flow).map(({ screen }) => screenOf(screen).title))
}

describe(`the static folder under a sub-path (SIM_BASE=${SIM_BASE})`, () => {
  it('is served from the sub-path, deep links included, the servers answering in the page', async () => {
    expect(server.baseUrl).toMatch(/\/training\/sim$/)
    const { page, offLoopback, consoleErrors, outsideBase } = await openPage()
    await page.goto(`${server.baseUrl}/myna/login`)
    await expectHeading(page, 'ログイン')
    // The cards are Mynaportal's answer: the servers started without anything outside the base.
    await page.getByRole('radio', { name: PRACTICE_PERSONA.displayName }).waitFor()
    expect(outsideBase).toEqual([])
    expect(offLoopback).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it('completes つなぐ ①–⑥ from a deep link, keeps the data across a reload, then やめる', async () => {
    const { page, offLoopback, consoleErrors, outsideBase } = await openPage()
    await walk(page, linkFlow)
    await page.getByText('前回のログイン日時: 2021年09月21日 10時00分').waitFor({ timeout: 5000 })
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}hw/mypage`)

    await page.reload()
    await expectHeading(page, '求職者マイページホーム')
    await page.getByText('13010-09999999').first().waitFor({ timeout: 5000 })

    // No scenario: やめる undoes the connection the walk above made.
    await walk(page, unlinkFlow, null)
    expect(new URL(page.url()).pathname.startsWith(`${BASE_PATH}myna/`)).toBe(true)
    expect(outsideBase).toEqual([])
    expect(offLoopback).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})
