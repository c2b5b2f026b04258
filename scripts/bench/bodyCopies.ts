import type { Browser } from 'playwright-core'
import type { Figure } from './figures'

const WARM_UP = 50

/**
 * Whether building a request again (mocks/shared/rebuildableRequest.ts) still beats
 * Request.prototype.clone() in this Chromium: a copy and the original, both bodies read, on a
 * blank page. When the two come out alike, the rebuilding no longer pays for itself.
 */
export async function measureBodyCopies(
  browser: Browser,
  copies: number,
): Promise<Record<'teed' | 'rebuilt', number[]>> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    return await page.evaluate(
      async ({ copies, warmUp }) => {
        const url = 'https://mynaportal.example/api/connections/complete'
        const init = {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ticket: 't'.repeat(43), csrfToken: 'c'.repeat(43) }),
        }
        const times = { teed: [] as number[], rebuilt: [] as number[] }
        for (let i = 0; i < warmUp + copies; i++) {
          for (const way of ['teed', 'rebuilt'] as const) {
            const started = performance.now()
            const original = new Request(url, init)
            const copy = way === 'teed' ? original.clone() : new Request(url, init)
            await copy.text()
            await original.text()
            if (i >= warmUp) times[way].push(performance.now() - started)
          }
        }
        return times
      },
      { copies, warmUp: WARM_UP },
    )
  } finally {
    await context.close()
  }
}

export function bodyCopyFigures(times: Record<'teed' | 'rebuilt', number[]>): Figure[] {
  return [
    {
      id: 'copy.teed',
      label: 'request copied by clone() (teed), both bodies read',
      unit: 'ms',
      samples: times.teed,
    },
    {
      id: 'copy.rebuilt',
      label: 'request copied by building it again, both bodies read',
      unit: 'ms',
      samples: times.rebuilt,
    },
  ]
}
