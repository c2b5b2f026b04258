import type { Page } from 'playwright-core'
import { circled } from '../../src/flows'
import type { Rect } from './frame'

/**
 * The manual's callout, drawn into the page before a capture: a red frame around the element the
 * step acts on and the step's number beside it, where lib/frame placed it. Removed again before
 * the step is acted on.
 */

/** ① as the manual prints it, or [1] for a manual that avoids circled digits. */
export type CalloutStyle = 'circled' | 'bracket'

export function stepMark(stepNumber: number, style: CalloutStyle = 'circled'): string {
  return style === 'bracket' ? `[${stepNumber}]` : circled(stepNumber)
}

/** Room between the framed element and the red frame's outer edge. */
export const FRAME_MARGIN = 4

const BADGE_STYLE = {
  position: 'absolute',
  font: '700 28px/1 "Noto Sans CJK JP", "Noto Sans JP", sans-serif',
  color: '#e60012',
  background: '#fff',
  borderRadius: '50%',
  whiteSpace: 'nowrap',
  pointerEvents: 'none',
  zIndex: '2147483647',
}

/** The number's size as the page draws it (drawn hidden, measured, removed). */
export async function badgeSize(page: Page, label: string) {
  return page.evaluate(
    ([text, style]) => {
      const badge = document.createElement('div')
      badge.textContent = text
      Object.assign(badge.style, style, { visibility: 'hidden', left: '0', top: '0' })
      document.body.append(badge)
      const { width, height } = badge.getBoundingClientRect()
      badge.remove()
      return { width: Math.ceil(width), height: Math.ceil(height) }
    },
    [label, BADGE_STYLE] as const,
  )
}

export async function drawCallout(page: Page, frame: Rect, badge: Rect, label: string) {
  await page.evaluate(
    ([box, place, text, style]) => {
      const frameBox = document.createElement('div')
      frameBox.dataset.manualCallout = 'frame'
      Object.assign(frameBox.style, {
        position: 'absolute',
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
        border: '3px solid #e60012',
        borderRadius: '4px',
        pointerEvents: 'none',
        zIndex: '2147483647',
        boxSizing: 'border-box',
      })
      const badgeBox = document.createElement('div')
      badgeBox.dataset.manualCallout = 'number'
      badgeBox.textContent = text
      Object.assign(badgeBox.style, style, {
        left: `${place.left}px`,
        top: `${place.top}px`,
        borderRadius: text.startsWith('[') ? '2px' : '50%',
      })
      document.body.append(frameBox, badgeBox)
    },
    [frame, badge, label, BADGE_STYLE] as const,
  )
}

export async function clearCallouts(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll('[data-manual-callout]').forEach((n) => n.remove()),
  )
}
