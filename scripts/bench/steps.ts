import type { Browser, Page } from 'playwright-core'
import {
  circled,
  flowScreens,
  linkFlow,
  unlinkFlow,
  type FlowDefinition,
  screenOf,
} from '../../src/flows'
import type { Figure } from './figures'
import { SCREENS_PRELOADED } from '../../src/router/preloadScreens'
import { awaitInPage } from './inPage'
import { awaitScreen, fillInputs, findTarget } from '../lib/walk'

export interface StepSamples {
  label: string
  samples: number[]
}

/**
 * Before the click: note performance.now() when the click is dispatched (a capture listener, so
 * before the app's own handler) and resolve with the ms until the next screen's h1 is in the DOM
 * and visible (a MutationObserver: the moment Vue commits it, before the frame that paints it).
 */
function armStepTimer(page: Page, heading: string): Promise<void> {
  return page.evaluate((text) => {
    const scope = window as unknown as { __benchStep?: Promise<number> }
    scope.__benchStep = new Promise((resolve) => {
      let clickedAt = 0
      window.addEventListener('click', () => (clickedAt = performance.now()), {
        capture: true,
        once: true,
      })
      const observer = new MutationObserver(() => {
        if (!clickedAt) return
        const shown = [...document.querySelectorAll('h1')].some(
          (h) => h.textContent?.trim() === text && h.checkVisibility(),
        )
        if (!shown) return
        observer.disconnect()
        resolve(performance.now() - clickedAt)
      })
      observer.observe(document, { childList: true, subtree: true, characterData: true })
    })
  }, heading)
}

async function walkTimed(page: Page, flow: FlowDefinition, into: Map<string, number[]>) {
  const screens = flowScreens(flow)
  for (const [index, { step, screen }] of screens.entries()) {
    await awaitScreen(page, screen)
    const next = screens[index + 1]
    if (!next) return
    await fillInputs(page, screen)
    await armStepTimer(page, screenOf(next.screen).title)
    await findTarget(page, screen)!.click()
    const label = `step ${flow.shortName} ${circled(step.number)} ${screenOf(screen).title} → ${screenOf(next.screen).title}`
    const ms = await awaitInPage<number>(page, '__benchStep', `${label}: the next heading`)
    into.set(label, [...(into.get(label) ?? []), ms])
  }
}

/**
 * Every click of つなぐ and やめる, each run in a fresh browser context at zero injected latency,
 * once the app has loaded every screen in the background (cold loads are measured on their own).
 */
export async function measureSteps(
  browser: Browser,
  appUrl: string,
  runs: number,
  progress: (run: number) => void,
): Promise<StepSamples[]> {
  const samples = new Map<string, number[]>()
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })
    try {
      const page = await context.newPage()
      for (const flow of [linkFlow, unlinkFlow]) {
        await page.goto(`${appUrl}${flow.startPath}?scenario=${flow.scenario}`)
        // As a person would: the first screen read, and the app done loading in the background.
        await page.waitForFunction(
          (mark) => performance.getEntriesByName(mark).length > 0,
          SCREENS_PRELOADED,
        )
        await walkTimed(page, flow, samples)
      }
    } finally {
      await context.close()
    }
    progress(run)
  }
  return [...samples].map(([label, values]) => ({ label, samples: values }))
}

/** Budget: every step of つなぐ and やめる, p95 ≤ 50 ms. Machine-dependent: never fails. */
export function stepFigures(steps: StepSamples[]): Figure[] {
  return steps.map(({ label, samples }, index) => ({
    id: `step.${index + 1}`,
    label,
    unit: 'ms',
    samples,
    budget: { on: 'p95', atMost: 50 },
  }))
}
