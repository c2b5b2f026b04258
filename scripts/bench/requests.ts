import type { Browser } from 'playwright-core'
import { HELLOWORK_API, MYNAPORTAL_API } from '../../src/contracts/sites'
import type { Figure } from './figures'
import { FIRST_SCREENS, watchFirstScreen } from './firstScreens'
import { awaitInPage } from './inPage'

/** A cheap read on each server: no session needed, nothing written after the first answer. */
export const CHEAP_GETS = {
  Mynaportal: `${MYNAPORTAL_API}/login/cards`,
  'Hello Work': `${HELLOWORK_API}/login`,
} as const
export type ServerName = keyof typeof CHEAP_GETS

const WARM_UP = 3

/**
 * Sequential fetches from inside the app's page (so through whatever answers its requests: the
 * worker, or handlers in the page), each timed with performance.now() from call to parsed body.
 */
export async function measureRequests(
  browser: Browser,
  appUrl: string,
  fetches: number,
): Promise<Record<ServerName, number[]>> {
  const context = await browser.newContext()
  try {
    const screen = FIRST_SCREENS[0]!
    await context.addInitScript(watchFirstScreen, screen)
    const page = await context.newPage()
    await page.goto(`${appUrl}${screen.path}`)
    await awaitInPage(page, '__benchFirstScreen', `${screen.path} of the app`)
    const result = {} as Record<ServerName, number[]>
    for (const [server, url] of Object.entries(CHEAP_GETS) as [ServerName, string][]) {
      result[server] = await page.evaluate(
        async ({ url, count, warmUp }) => {
          // The servers start beside the first screen (src/main.ts): wait until they answer.
          for (let attempt = 0; attempt < 100; attempt++) {
            const ready = await fetch(url).then(
              (response) => response.ok,
              () => false,
            )
            if (ready) break
            await new Promise((resolve) => setTimeout(resolve, 50))
          }
          const times: number[] = []
          for (let i = 0; i < warmUp + count; i++) {
            const started = performance.now()
            const response = await fetch(url)
            if (!response.ok) throw new Error(`${url} answered ${response.status}`)
            await response.json()
            if (i >= warmUp) times.push(performance.now() - started)
          }
          return times
        },
        { url, count: fetches, warmUp: WARM_UP },
      )
    }
    return result
  } finally {
    await context.close()
  }
}

export function requestFigures(times: Record<ServerName, number[]>): Figure[] {
  return (Object.keys(CHEAP_GETS) as ServerName[]).map((server) => ({
    id: `request.${server}`,
    label: `mocked request ${server} GET ${new URL(CHEAP_GETS[server]).pathname}`,
    unit: 'ms',
    samples: times[server],
  }))
}
