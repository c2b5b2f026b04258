import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'
import type { Browser, Page } from 'playwright-core'
import {
  flowScreens,
  type FlowScreen,
  type FlowStep,
  manualNumberOf,
  type WalkableFlow,
  screenOf,
  stepFileStem,
  stepLabel,
} from '../../src/flows'
import { type CalloutStyle, clearCallouts, drawCallout, stepMark } from './annotate'
import { type FigurePlan, planFigure } from './figure'
import type { Frame } from './frame'
import { launchBrowser } from './chromium'
import type { Shot } from './gallery'
import { serveBuild } from './serve'
import { awaitScreen, fillInputs, findTarget } from './walk'

/**
 * One walk of a flow at one width, capturing every screen: what `npm run screenshots` and
 * `npm run manual` both do, so a figure in the manual is the same image as the screenshot.
 */

export const VIEWPORTS = {
  pc: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 as number },
  sp: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
} as const
export type ViewportName = keyof typeof VIEWPORTS

const STILL = `*, *::before, *::after { transition: none !important; animation: none !important;
  caret-color: transparent !important; scroll-behavior: auto !important; }`

export interface CaptureOptions {
  outDir: string
  annotate: boolean
  fullPage: boolean
  /** Every flow starts from this scenario instead of its own. */
  scenario?: string
  /** More of a trainer-console situation (persona, clock, faults), as URL query parameters. */
  situation?: Record<string, string>
  /** Keep the practice secrets (PIN, practice account) that capture mode leaves out. */
  practiceHints?: boolean
  /** ① (default) or [1], in the figures as in the text. */
  callout?: CalloutStyle
  /** Called after the callout is drawn and before the capture: the tests look at the page. */
  inspect?: (page: Page, shot: Shot, plan: FigurePlan) => Promise<void>
  /** Device scale factor of the PC figures (2 for print); smartphones are always 2. */
  pcScale?: number
}

export function fileName(flow: WalkableFlow, step: FlowStep, screen: FlowScreen, vp: string) {
  const part = step.screens.length > 1 ? 'abcdefghij'[step.screens.indexOf(screen)] : ''
  return `${flow.id}/${stepFileStem(step)}${part}-${screen.slug}.${vp}.png`
}

async function capture(page: Page, file: string, frame: Frame) {
  await page.mouse.move(0, 0)
  await page.evaluate(async () => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    await document.fonts.ready
    // A blur repaints only the field it leaves, and a partial repaint can anti-alias a rounded
    // corner one pixel differently from a full one. So the page is painted hidden once (the
    // animation frame comes before that frame's paint, the timeout after it) and shown again:
    // the capture's own frame then rasterises all of it, the same way on every run.
    // (No named helpers in here: tsx would wrap them in a __name() the page does not have.)
    document.body.style.visibility = 'hidden'
    await new Promise(requestAnimationFrame)
    await new Promise((painted) => setTimeout(painted))
    document.body.style.visibility = ''
  })
  await mkdir(path.dirname(file), { recursive: true })
  // Page coordinates: a crop taller than the screen is taken as a part of the full page.
  const width = await page.evaluate(() => document.documentElement.clientWidth)
  await page.screenshot({
    path: file,
    fullPage: true,
    clip: frame.fullPage ? undefined : { x: 0, y: 0, width, height: frame.height },
    animations: 'disabled',
    caret: 'hide',
  })
}

function startUrl(baseUrl: string, flow: WalkableFlow, options: CaptureOptions) {
  // The flow's scenario first, as the address always read; the situation's own is not used.
  const { scenario: _named, ...situation } = options.situation ?? {}
  const query = new URLSearchParams({
    scenario: options.scenario ?? flow.scenario,
    ...situation,
    capture: '1',
    ...(options.practiceHints ? { hints: '1' } : {}),
  })
  return `${baseUrl}${flow.startPath}?${query}`
}

export async function shootFlow(
  browser: Browser,
  baseUrl: string,
  flow: WalkableFlow,
  vp: ViewportName,
  options: CaptureOptions,
  progress: () => string,
): Promise<Shot[]> {
  const scale = vp === 'pc' && options.pcScale ? { deviceScaleFactor: options.pcScale } : {}
  const context = await browser.newContext({
    ...VIEWPORTS[vp],
    ...scale,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
  })
  const page = await context.newPage()
  const shots: Shot[] = []
  try {
    // capture=1: no demo bar, guide or console button, and nothing moving (src/simulator).
    await page.goto(startUrl(baseUrl, flow, options))
    await page.addStyleTag({ content: STILL })
    for (const { step, screen } of flowScreens(flow)) {
      const name = fileName(flow, step, screen, vp)
      const mark = stepMark(manualNumberOf(step), options.callout)
      const where = `${flow.shortName} ${stepLabel(step)} ${screenOf(screen).title} ${vp}`
      let frame: Frame = { fullPage: options.fullPage, height: VIEWPORTS[vp].viewport.height }
      try {
        await awaitScreen(page, screen)
        await fillInputs(page, screen)
        const target = findTarget(page, screen)
        const plan = await planFigure(page, screen, target, mark, options.fullPage)
        frame = plan.frame
        if (plan.callout && options.annotate) {
          const { frame: box, badge, label } = plan.callout
          await drawCallout(page, box, badge, label)
        }
        await options.inspect?.(page, { flow, step, screen, viewport: vp, file: name }, plan)
        await capture(page, path.join(options.outDir, name), frame)
        shots.push({ flow, step, screen, viewport: vp, file: name })
        console.log(`${progress()} ${where}`)
        await clearCallouts(page)
        await target?.click()
      } catch (error) {
        const seen = path.join(options.outDir, 'errors', name)
        await capture(page, seen, frame).catch(() => undefined)
        throw new Error(
          `${where}: expected screen not found (${(error as Error).message.split('\n')[0]}). What the page showed: ${seen}`,
        )
      }
    }
  } finally {
    await context.close()
  }
  return shots
}

/**
 * Every (flow, width) walk, `parallel` at a time, answered in the jobs' order. Each walk has its
 * own browser context, so its own storage: walks run side by side without touching each other's
 * data. After a failure no new walk starts; the ones under way finish, and the first error throws.
 */
export async function shootFlows(
  browser: Browser,
  baseUrl: string,
  jobs: { flow: WalkableFlow; vp: ViewportName }[],
  parallel: number,
  options: CaptureOptions,
  progress: () => string,
): Promise<Shot[]> {
  const limit = pLimit(parallel)
  let failure: Error | undefined
  const results = await Promise.all(
    jobs.map(({ flow, vp }) =>
      limit(async (): Promise<Shot[]> => {
        if (failure) return []
        return shootFlow(browser, baseUrl, flow, vp, options, progress).catch((error: Error) => {
          failure ??= error
          return []
        })
      }),
    ),
  )
  if (failure) throw failure
  return results.flat()
}

/**
 * The built app on loopback and the browser, started side by side: the server starts in the time
 * the browser takes. If either fails, the other is closed, or its process would keep ours alive.
 */
export async function startServerAndBrowser(
  executablePath: string,
): Promise<{ server: Awaited<ReturnType<typeof serveBuild>>; browser: Browser }> {
  const [serving, launching] = await Promise.allSettled([
    serveBuild(),
    launchBrowser(executablePath),
  ])
  if (serving.status === 'fulfilled' && launching.status === 'fulfilled') {
    return { server: serving.value, browser: launching.value }
  }
  if (serving.status === 'fulfilled') await serving.value.close()
  if (launching.status === 'fulfilled') await launching.value.close()
  throw [serving, launching].find((start) => start.status === 'rejected')?.reason
}
