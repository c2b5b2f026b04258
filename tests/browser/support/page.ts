import { inject } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { WalkableFlow, FlowScreen } from '@/flows'
import { flowScreens } from '@/flows'
import { launchBrowser } from '../../../scripts/lib/chromium'
import { actOn, awaitScreen, findTarget, heading } from '../../../scripts/lib/walk'

/**
 * A page on the served build that records what a person would not see: every request that left
 * loopback, and every console error. Tests assert both are empty.
 */
export interface WatchedPage {
  page: Page
  context: BrowserContext
  offLoopback: string[]
  consoleErrors: string[]
}

let browser: Browser | undefined

export async function openBrowser(): Promise<Browser> {
  browser ??= await launchBrowser()
  return browser
}

export async function closeBrowser(): Promise<void> {
  await browser?.close()
  browser = undefined
}

export const baseUrl = () => inject('baseUrl')

export async function watchedPage(
  options: { width?: number; context?: BrowserContext } = {},
): Promise<WatchedPage> {
  const width = options.width ?? 1280
  const context =
    options.context ??
    (await (
      await openBrowser()
    ).newContext({
      viewport: { width, height: width < 600 ? 844 : 800 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    }))
  const page = await context.newPage()
  const watched: WatchedPage = { page, context, offLoopback: [], consoleErrors: [] }
  // The simulated servers answer inside the page: a request to one of them that reaches the
  // browser's network at all was missed by the mock servers (and .example never resolves).
  page.on('request', (request) => {
    const url = new URL(request.url())
    const simulated = url.hostname.endsWith('.example')
    if (simulated || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      watched.offLoopback.push(request.url())
    }
  })
  page.on('console', (message) => {
    // Chromium logs every 4xx answer as "Failed to load resource"; those are the mock servers'
    // intended refusals (no session yet, wrong PIN), which the tests check on screen instead.
    const refusal = /^Failed to load resource: the server responded with a status of 4\d\d/
    if (message.type() === 'error' && !refusal.test(message.text())) {
      watched.consoleErrors.push(message.text())
    }
  })
  page.on('pageerror', (error) => watched.consoleErrors.push(error.message))
  return watched
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  await heading(page, text).waitFor()
}

export function target(page: Page, flowScreen: FlowScreen) {
  return findTarget(page, flowScreen)!
}

/** Follows a flow definition by headings, labels and button names, as a person reads the manual. */
export async function walkFlow(
  page: Page,
  flow: WalkableFlow,
  onScreen: (flowScreen: FlowScreen) => Promise<void> = async () => {},
): Promise<void> {
  for (const { screen } of flowScreens(flow)) {
    await awaitScreen(page, screen, 30_000)
    await onScreen(screen)
    await actOn(page, screen)
  }
}
