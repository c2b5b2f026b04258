import type { Locator, Page } from 'playwright-core'
import type { Rect, Span } from './frame'

/**
 * What framing needs to know about the page, measured in it: the boxes of every line of text,
 * control and picture (which a step number must not cover and a cut must not cross) and of every
 * bordered or shaded box no taller than a screenful (a cut through one leaves half a box).
 * Page coordinates, CSS pixels; the page is not scrolled.
 */
export interface Measured {
  width: number
  viewportHeight: number
  pageHeight: number
  /** Text lines (line-height tall), controls and pictures. */
  obstacles: Rect[]
  spans: Span[]
}

export async function measurePage(page: Page): Promise<Measured> {
  // One function in the page, with no named helpers (tsx would wrap them in __name()).
  return page.evaluate(() => {
    const obstacles: Rect[] = []
    const spans: Span[] = []
    const screen = window.innerHeight
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!node.textContent?.trim() || !parent?.checkVisibility({ visibilityProperty: true })) {
        continue
      }
      const style = getComputedStyle(parent)
      const fontSize = parseFloat(style.fontSize)
      const line = style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight)
      range.selectNodeContents(node)
      for (const r of range.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue
        const rect = { left: r.left, top: r.top + scrollY, width: r.width, height: r.height }
        obstacles.push(rect)
        // The line's own box, so that the lines of one paragraph touch and no cut falls between.
        const pad = Math.max(0, (line - r.height) / 2)
        spans.push({ top: rect.top - pad, bottom: rect.top + rect.height + pad })
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('[data-manual-callout]')) continue
      const r = element.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const style = getComputedStyle(element)
      if (style.visibility === 'hidden' || style.display === 'contents') continue
      const box = { top: r.top + scrollY, bottom: r.bottom + scrollY }
      if (element.matches('input, select, textarea, button, img, svg, canvas, video, hr')) {
        obstacles.push({ left: r.left, top: box.top, width: r.width, height: r.height })
        spans.push(box)
        continue
      }
      const bordered = ['Top', 'Bottom', 'Left', 'Right'].some(
        (side) =>
          parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
          style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
      )
      const shaded = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.boxShadow !== 'none'
      if ((bordered || shaded) && r.height <= screen) spans.push(box)
    }
    return {
      width: document.documentElement.clientWidth,
      viewportHeight: screen,
      pageHeight: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
      obstacles,
      spans,
    }
  })
}

/** An element's box in page coordinates. */
export async function boxOf(locator: Locator): Promise<Rect> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect()
    return { left: r.left, top: r.top + scrollY, width: r.width, height: r.height }
  })
}
