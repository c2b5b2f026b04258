import { inject } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { FlowDefinition, FlowScreen } from '@/flows'
import { flowScreens } from '@/flows'
import { launchBrowser } from '../../../scripts/lib/chromium'

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
  page.on('request', (request) => {
    const url = new URL(request.url())
    const simulated = url.hostname.endsWith('.example')
    if (!simulated && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      watched.offLoopback.push(request.url())
    }
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => watched.consoleErrors.push(error.message))
  return watched
}

export async function expectHeading(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor()
}

export function target(page: Page, flowScreen: FlowScreen) {
  const { role, name, within } = flowScreen.target!
  const scope = within ? page.getByRole('listitem', { name: within }) : page
  return scope.getByRole(role, { name, exact: true })
}

/** Follows a flow definition by headings, labels and button names, as a person reads the manual. */
export async function walkFlow(
  page: Page,
  flow: FlowDefinition,
  onScreen: (flowScreen: FlowScreen) => Promise<void> = async () => {},
): Promise<void> {
  for (const { screen } of flowScreens(flow)) {
    await expectHeading(page, screen.heading)
    await onScreen(screen)
    for (const input of screen.inputs ?? []) await page.getByLabel(input.label).fill(input.value)
    if (screen.target) await target(page, screen).click()
  }
}
