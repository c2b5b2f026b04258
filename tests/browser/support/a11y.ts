import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource: string = createRequire(import.meta.url)('axe-core').source

/** Every screen must meet WCAG 2.1 A and AA (and 2.0, which 2.1 includes). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export interface AxeFinding {
  rule: string
  impact: string | null
  help: string
  targets: string[]
}

/** axe-core's verdict on the page as it is now: every violation, with the elements it names. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (tags) => {
    const { violations } = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string
              impact: string | null
              help: string
              nodes: { target: string[] }[]
            }[]
          }>
        }
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }))
  }, WCAG_21_AA)
}

/**
 * The page's heading outline as `h<level> text` lines, and whether it is in order: one h1 first,
 * and no level skipped on the way down (h2 → h4 is a skip; h4 → h2 is fine).
 */
export async function headingOutline(page: Page): Promise<{ outline: string[]; skips: string[] }> {
  const headings = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => (h as HTMLElement).offsetParent !== null || h.getClientRects().length > 0)
      .map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').trim() })),
  )
  const skips: string[] = []
  headings.forEach((h, i) => {
    const previous = i === 0 ? 0 : headings[i - 1]!.level
    if (i === 0 && h.level !== 1) skips.push(`first heading is h${h.level} 「${h.text}」`)
    if (h.level > previous + 1) skips.push(`h${previous} → h${h.level} 「${h.text}」`)
    if (i > 0 && h.level === 1) skips.push(`second h1 「${h.text}」`)
  })
  return { outline: headings.map((h) => `h${h.level} ${h.text}`), skips }
}

/** What a screen reader was last told, and which element holds the focus. */
export async function focusAndAnnouncement(page: Page) {
  return page.evaluate(() => ({
    focused: `${document.activeElement?.tagName.toLowerCase()} ${(document.activeElement?.textContent ?? '').trim()}`,
    announced: [...document.querySelectorAll('[aria-live]')]
      .map((n) => (n.textContent ?? '').trim())
      .filter(Boolean),
  }))
}
