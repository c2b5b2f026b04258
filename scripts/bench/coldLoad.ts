import type { Browser, Page } from 'playwright-core'
import type { Figure } from './figures'
import { SCREENS_PRELOADED } from '../../src/router/preloadScreens'
import { awaitInPage } from './inPage'
import {
  FIRST_SCREENS,
  watchFirstScreen,
  type FirstScreen,
  type FirstScreenSeen,
} from './firstScreens'

export type Variant = 'app' | 'inlined' | 'static'
export const VARIANTS: Variant[] = ['app', 'inlined', 'static']

export interface ColdLoadSamples {
  /** ms to the frame that shows the first screen, by site, variant and visit, one per run. */
  times: Record<FirstScreen['site'], Record<Variant, { first: number[]; repeat: number[] }>>
  /** What the app's first visit to each site loaded before its first screen (the last run's). */
  appFirstVisit: Partial<Record<FirstScreen['site'], FirstScreenSeen>>
}

async function load(page: Page, url: string): Promise<FirstScreenSeen> {
  await page.goto(url, { waitUntil: 'commit' })
  const seen = await awaitInPage<FirstScreenSeen>(page, '__benchFirstScreen', url)
  // The next visit starts from a page that has finished loading, as a person's second visit does:
  // the app has also fetched every screen's code in the background (the plain HTML has no app).
  await page.waitForLoadState('load')
  await page.waitForFunction(
    (mark) => !document.querySelector('script') || performance.getEntriesByName(mark).length > 0,
    SCREENS_PRELOADED,
  )
  return seen
}

async function unanswered(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __benchFloorUnanswered?: string[] }).__benchFloorUnanswered ?? [],
  )
}

/**
 * First visit: a fresh browser context (empty cache, nothing stored). Repeat visit: the same
 * context loading the page again. The variants take turns within each run, so a slow moment of
 * the shared machine falls on all of them alike.
 */
export async function measureColdLoads(
  browser: Browser,
  baseUrls: Record<Variant, string>,
  runs: number,
  progress: (run: number) => void,
): Promise<ColdLoadSamples> {
  const empty = () => ({ first: [] as number[], repeat: [] as number[] })
  const perSite = () => ({ app: empty(), inlined: empty(), static: empty() })
  const times: ColdLoadSamples['times'] = { myna: perSite(), hw: perSite() }
  const appFirstVisit: ColdLoadSamples['appFirstVisit'] = {}
  for (let run = 1; run <= runs; run++) {
    for (const screen of FIRST_SCREENS) {
      for (const variant of VARIANTS) {
        const context = await browser.newContext()
        try {
          await context.addInitScript(watchFirstScreen, screen)
          const page = await context.newPage()
          const url = `${baseUrls[variant]}${screen.path}`
          const first = await load(page, url)
          const repeat = await load(page, url)
          const missing = variant === 'inlined' ? await unanswered(page) : []
          if (missing.length) {
            throw new Error(
              `the first screen ${screen.path} now asks ${missing.join(', ')}; add the answer to scripts/bench/floorMocks.ts`,
            )
          }
          times[screen.site][variant].first.push(first.frameAt)
          times[screen.site][variant].repeat.push(repeat.frameAt)
          if (variant === 'app') appFirstVisit[screen.site] = first
        } finally {
          await context.close()
        }
      }
    }
    progress(run)
  }
  return { times, appFirstVisit }
}

/** Budgets: cold first visit ≤ 1.3× the inlined floor, repeat ≤ 1.15×; fail 25% over. */
const RATIO_BUDGET = { first: 1.3, repeat: 1.15 } as const
const FAIL_MARGIN = 1.25

const VISIT_NAMES = { first: 'first visit', repeat: 'repeat visit' } as const
const VARIANT_NAMES: Record<Variant, string> = {
  app: 'app',
  inlined: 'inlined-data floor',
  static: 'plain HTML floor',
}

/** Per-run ratios: both loads of a pair ran moments apart on the same machine. */
const ratios = (app: number[], floor: number[]) => app.map((value, i) => value / floor[i]!)

export function coldLoadFigures({ times }: ColdLoadSamples): Figure[] {
  return FIRST_SCREENS.flatMap((screen) =>
    (['first', 'repeat'] as const).flatMap((visit) => {
      const at = `cold ${VISIT_NAMES[visit]} ${screen.path}`
      const of = (variant: Variant) => times[screen.site][variant][visit]
      const budget = RATIO_BUDGET[visit]
      return [
        ...VARIANTS.map((variant): Figure => ({
          id: `coldLoad.${screen.site}.${visit}.${variant}`,
          label: `${at}: ${VARIANT_NAMES[variant]}`,
          unit: 'ms',
          samples: of(variant),
        })),
        {
          id: `coldLoad.${screen.site}.${visit}.ratioInlined`,
          label: `${at}: app ÷ inlined-data floor`,
          unit: 'ratio',
          samples: ratios(of('app'), of('inlined')),
          budget: { on: 'median', atMost: budget, failAbove: budget * FAIL_MARGIN },
        },
        {
          id: `coldLoad.${screen.site}.${visit}.ratioStatic`,
          label: `${at}: app ÷ plain HTML floor`,
          unit: 'ratio',
          samples: ratios(of('app'), of('static')),
        },
      ]
    }),
  )
}
