import type { Figure } from './figures'

/** The exact command (after `npm install --no-save lighthouse@12.2.3`), as in the README. */
export const LIGHTHOUSE_COMMAND =
  'npx lighthouse http://127.0.0.1:4173/myna/ --chrome-path=/usr/bin/chromium ' +
  '--chrome-flags="--headless=new --no-sandbox" --only-categories=performance,accessibility ' +
  '--form-factor=mobile --output=json --output-path=bench/lighthouse-myna.json'

/** Lighthouse is not a dependency; it needs `npm install lighthouse@12.2.3` (13 needs Node 22). */
export function lighthouseFigures(): Figure[] {
  const notMeasured = 'not measured: lighthouse@12.2.3 is not installed (see README)'
  return [
    {
      id: 'lighthouse.performance',
      label: 'Lighthouse mobile performance',
      unit: 'score',
      samples: [],
      notMeasured,
      budgetText: '≥ 98',
    },
    {
      id: 'lighthouse.accessibility',
      label: 'Lighthouse mobile accessibility',
      unit: 'score',
      samples: [],
      notMeasured,
      budgetText: '100',
    },
  ]
}
