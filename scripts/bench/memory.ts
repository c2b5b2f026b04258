import type { Browser, Page } from 'playwright-core'
import { flowScreens, linkFlow, unlinkFlow } from '../../src/flows'
import type { Figure } from './figures'
import { actOn, awaitScreen } from '../lib/walk'

export interface HeapSamples {
  /** Used JS heap of the page after a forced GC, in bytes, after each cycle (index 0: the first). */
  afterCycle: number[]
}

/**
 * A route change inside the same document, as the app's own links make: the heap carries over
 * from cycle to cycle, which a page load would throw away.
 */
function openInApp(page: Page, path: string): Promise<void> {
  return page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate', { state: null }))
  }, path)
}

/** つなぐ then やめる through the screens, again and again in one page, reading the heap after each. */
export async function measureHeap(
  browser: Browser,
  appUrl: string,
  cycles: number,
  progress: (cycle: number) => void,
): Promise<HeapSamples> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(`${appUrl}${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
    const afterCycle: number[] = []
    for (let cycle = 1; cycle <= cycles; cycle++) {
      for (const flow of [linkFlow, unlinkFlow]) {
        if (cycle > 1 || flow !== linkFlow) await openInApp(page, flow.startPath)
        for (const { screen } of flowScreens(flow)) {
          await awaitScreen(page, screen)
          await actOn(page, screen)
        }
      }
      await cdp.send('HeapProfiler.collectGarbage')
      afterCycle.push((await cdp.send('Runtime.getHeapUsage')).usedSize)
      progress(cycle)
    }
    return { afterCycle }
  } finally {
    await context.close()
  }
}

/** Budget: the heap after 20 cycles within 2 MB of the heap after the first. */
export function heapFigures({ afterCycle }: HeapSamples): Figure[] {
  const growth = (afterCycle.at(-1)! - afterCycle[0]!) / 1e6
  return [
    {
      id: 'memory.growth',
      label: `JS heap after ${afterCycle.length} link/unlink cycles − after 1`,
      unit: 'MB',
      samples: [growth],
      budget: { on: 'median', atMost: 2 },
    },
  ]
}
