import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { FLOWS, flowScreens, linkFlow, unlinkFlow, type FlowDefinition, screenOf } from '@/flows'
import { projectRoot, viteBuild } from './support/build'
import { closeBrowser, expectHeading, walkFlow, watchedPage } from './support/page'

const OUT_DIR = join(projectRoot, 'dist-offline')
const FILE_URL = pathToFileURL(join(OUT_DIR, 'index.html')).href

beforeAll(() => viteBuild(['--mode', 'offline']), 120_000)
afterAll(closeBrowser)

/** A page on the single file, opened as a double-click opens it: a file:// URL, no server. */
async function openFile() {
  const watched = await watchedPage()
  // Anything but the file itself (and the inline data: icon) would be a request leaving the page.
  const requests: string[] = []
  watched.page.on('request', (request) => {
    const url = request.url()
    if (url.split('#')[0] !== FILE_URL && !url.startsWith('data:')) requests.push(url)
  })
  return { ...watched, requests }
}

/** The route, which lives after the `#` of the file's own address. */
function fileRoute(page: Page): string {
  const [file, route = ''] = page.url().split('#')
  expect(file).toBe(FILE_URL)
  return `#${route}`
}

async function walk(page: Page, flow: FlowDefinition, scenario: string | null = flow.scenario) {
  const query = scenario ? `?scenario=${scenario}` : ''
  await page.goto(`${FILE_URL}#${flow.startPath}${query}`)
  const seen: string[] = []
  await walkFlow(page, flow, async (screen) => void seen.push(screenOf(screen).title))
  expect(seen).toEqual(flowScreens(flow).map(({ screen }) => screenOf(screen).title))
}

describe('the single file (npm run build:offline)', () => {
  it('is one HTML file with every script, style and route screen inside it', async () => {
    expect(await readdir(OUT_DIR)).toEqual(['index.html'])
    const html = await readFile(join(OUT_DIR, 'index.html'), 'utf8')
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1])
    expect(references.filter((ref) => !ref?.startsWith('data:'))).toEqual([])
    // A lazily loaded route left as its own chunk would be fetched with import() at run time.
    expect(html).not.toMatch(/\bimport\(/)
    expect(html).toContain('属性連携認証')
  })

  it('completes つなぐ ①–⑥ from file://, keeps the data across a reload, then やめる', async () => {
    const { page, requests, consoleErrors } = await openFile()
    await walk(page, linkFlow)
    await page.getByText('前回のログイン日時: 2021年09月21日 10時00分').waitFor({ timeout: 5000 })
    expect(fileRoute(page)).toBe('#/hw/mypage')

    await page.reload()
    await expectHeading(page, '求職者マイページホーム')
    await page.getByText('13010-09999999').first().waitFor({ timeout: 5000 })

    // No scenario: やめる undoes the connection the walk above made, read back from localStorage.
    await walk(page, unlinkFlow, null)
    expect(fileRoute(page)).toMatch(/^#\/myna\//)
    expect(requests).toEqual([])
    expect(consoleErrors).toEqual([])
  })

  it.each(FLOWS.map((flow) => [flow.title, flow] as const))(
    '%s: walks from its scenario with no request leaving the page',
    async (_title, flow) => {
      const { page, context, requests, consoleErrors } = await openFile()
      await walk(page, flow)
      expect(fileRoute(page)).toMatch(/^#\//)
      expect(requests).toEqual([])
      expect(consoleErrors).toEqual([])
      await context.close()
    },
  )
})
