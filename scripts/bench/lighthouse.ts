import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { findBrowser, UNSHOWN_FEATURES } from '../lib/chromium'
import type { Figure } from './figures'

/** The same audit by hand, against `npm run preview`, as docs/performance.md gives it. */
export const LIGHTHOUSE_COMMAND =
  'npx lighthouse http://127.0.0.1:4173/myna/ --chrome-path=/usr/bin/chromium ' +
  '--chrome-flags="--headless=new --no-sandbox" --only-categories=performance,accessibility ' +
  '--form-factor=mobile --output=json --output-path=bench/lighthouse-myna.json'

export interface LighthouseScores {
  performance: number[]
  accessibility: number[]
}

/**
 * Lighthouse 12.2.3 (13 needs a newer Node) with its default mobile settings: a Moto G Power
 * screen, simulated slow 4G and a 4× slower CPU. It drives its own Chromium (the same binary the
 * tests use) through a debugging port, which Playwright's browser does not offer it.
 */
export async function measureLighthouse(urls: string[], runs: number): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: findBrowser(),
    // chrome-launcher's own flags, with the address bar's popups added to its --disable-features
    // (Chromium reads only one): they load in the background while Lighthouse times the page.
    ignoreDefaultFlags: true,
    chromeFlags: [
      ...chromeLauncher.Launcher.defaultFlags().map((flag) =>
        flag.startsWith('--disable-features=') ? [flag, ...UNSHOWN_FEATURES].join(',') : flag,
      ),
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
    ],
  })
  const scores: LighthouseScores = { performance: [], accessibility: [] }
  try {
    for (let run = 0; run < runs; run++) {
      for (const url of urls) {
        const result = await lighthouse(url, {
          port: chrome.port,
          onlyCategories: ['performance', 'accessibility'],
          output: 'json',
          logLevel: 'error',
        })
        const categories = result?.lhr.categories
        if (!categories) throw new Error(`Lighthouse gave no result for ${url}`)
        scores.performance.push(Math.round((categories.performance?.score ?? 0) * 100))
        scores.accessibility.push(Math.round((categories.accessibility?.score ?? 0) * 100))
      }
    }
  } finally {
    await chrome.kill()
  }
  return scores
}

/** Budgets: performance ≥ 98, accessibility 100, on every run of every first screen. */
export function lighthouseFigures(scores: LighthouseScores): Figure[] {
  return [
    {
      id: 'lighthouse.performance',
      label: 'Lighthouse mobile performance (/myna/, /hw/)',
      unit: 'score',
      samples: scores.performance,
      budget: { on: 'min', atLeast: 98 },
    },
    {
      id: 'lighthouse.accessibility',
      label: 'Lighthouse mobile accessibility (/myna/, /hw/)',
      unit: 'score',
      samples: scores.accessibility,
      budget: { on: 'min', atLeast: 100 },
    },
  ]
}
