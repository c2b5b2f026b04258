import type { Locator, Page } from 'playwright-core'
import { type FlowInput, type FlowScreen, screenOf } from '../../src/flows'

/**
 * How a person follows one screen of a flow definition in a real browser: find the page by its
 * heading (and the text the step must show), type into fields by their labels, click by role and
 * visible name. The browser tests and the screenshot generator share it, so both read the screens
 * the same way the manual does.
 */

export function heading(page: Page, text: string): Locator {
  return page.getByRole('heading', { level: 1, name: text, exact: true })
}

export function findTarget(page: Page, screen: FlowScreen): Locator | undefined {
  if (!screen.target) return undefined
  const { role, name, within, inDialog } = screen.target
  const scope = within
    ? page.getByRole('listitem', { name: within })
    : inDialog
      ? page.getByRole('dialog', { name: inDialog })
      : page
  return scope.getByRole(role, { name, exact: true })
}

/**
 * Waits until the screen is shown: its heading, the text it must show, and its target. The
 * locators decide; the heading and the text are first awaited in the page, frame by frame. A
 * locator that misses asks again only after 20, 50, then 100 ms, which was most of the wait once
 * a step took a few tens of milliseconds.
 */
export async function awaitScreen(page: Page, screen: FlowScreen, timeout = 10_000) {
  // One deadline for the whole wait: a screen that never comes fails after `timeout`, not later.
  const deadline = Date.now() + timeout
  const left = () => Math.max(1, deadline - Date.now())
  await textShown(page, 'h1', screenOf(screen).title, left())
  await heading(page, screenOf(screen).title).waitFor({ timeout: left() })
  if (screen.shows) {
    await textShown(page, 'body', screen.shows, left())
    await page.getByText(screen.shows).first().waitFor({ timeout: left() })
  }
  await findTarget(page, screen)?.waitFor({ timeout: left() })
}

/** Only a head start: past it, or when the page is replaced meanwhile, the locator decides. */
const HINT_TIMEOUT_MS = 5000

/**
 * Resolves once an element matching `selector` shows `text` (exactly for a heading, as part of
 * the page for `body`), checked every animation frame in the page; or after HINT_TIMEOUT_MS, or
 * `left` ms if that is sooner.
 */
async function textShown(page: Page, selector: string, text: string, left: number) {
  await page
    .waitForFunction(
      ([where, wanted]) =>
        [...document.querySelectorAll<HTMLElement>(where)].some((element) =>
          where === 'body'
            ? element.innerText.includes(wanted)
            : element.textContent?.trim() === wanted && element.checkVisibility(),
        ),
      [selector, text] as const,
      { polling: 'raf', timeout: Math.min(HINT_TIMEOUT_MS, left) },
    )
    .catch(() => undefined)
}

/** The value to type: the definition's, or the one the screen shows (a mailed one-time code). */
async function valueOf(page: Page, input: FlowInput): Promise<string> {
  if (!input.readFrom) return input.value
  const shown = await page.getByRole('region', { name: input.readFrom }).innerText()
  const found = shown.match(new RegExp(`\\d{${input.value.length}}`))
  if (!found) throw new Error(`no ${input.value.length}-digit value in 「${input.readFrom}」`)
  return found[0]
}

export async function fillInputs(page: Page, screen: FlowScreen) {
  for (const input of screen.inputs ?? []) {
    await page.getByLabel(input.label).fill(await valueOf(page, input))
  }
}

export async function actOn(page: Page, screen: FlowScreen) {
  await fillInputs(page, screen)
  await findTarget(page, screen)?.click()
}
