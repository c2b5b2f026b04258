import type { Locator, Page } from 'playwright-core'
import { type FlowScreen, screenOf } from '../../src/flows'
import { badgeSize, FRAME_MARGIN } from './annotate'
import { frameFigure, placeBadge, type Frame, type Rect } from './frame'
import { boxOf, measurePage } from './layout'
import { heading } from './walk'

/**
 * A screen's figure, decided before anything is drawn: where the red frame and the step number
 * go, and where the page is cut so that the heading, the framed element and its number (and the
 * text the step must show) are all in it. The plain run measures the same and is cut the same.
 */
export interface FigurePlan {
  frame: Frame
  callout?: { frame: Rect; badge: Rect; label: string }
}

const grow = (r: Rect, by: number): Rect => ({
  left: r.left - by,
  top: r.top - by,
  width: r.width + by * 2,
  height: r.height + by * 2,
})

export async function planFigure(
  page: Page,
  screen: FlowScreen,
  target: Locator | undefined,
  label: string,
  wholePage: boolean,
): Promise<FigurePlan> {
  await page.evaluate(() => window.scrollTo(0, 0))
  const layout = await measurePage(page)
  const mustShow = [await boxOf(heading(page, screenOf(screen).title))]
  if (screen.shows) mustShow.push(await boxOf(page.getByText(screen.shows).first()))
  let callout: FigurePlan['callout']
  if (target) {
    const frame = grow(await boxOf(target), FRAME_MARGIN)
    const badge = placeBadge(frame, await badgeSize(page, label), layout.obstacles, layout.width)
    callout = { frame, badge, label }
    mustShow.push(frame, badge)
  }
  const whole = wholePage || screen.figure === 'full'
  return { frame: frameFigure({ ...layout, mustShow }, whole), callout }
}
