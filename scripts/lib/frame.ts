/**
 * Where a figure is cut and where its step number goes, decided from the page's boxes alone (in
 * CSS pixels, page coordinates). Pure, so the rules are tested without a browser, and so the
 * annotated and the plain run, which measure the same page, frame it the same way.
 */

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/** A vertical extent that a cut must not cross: a line of text, a button, a bordered box. */
export interface Span {
  top: number
  bottom: number
}

export interface PageLayout {
  width: number
  /** The first screenful's height. */
  viewportHeight: number
  pageHeight: number
  /** The screen's h1, the framed element (with the frame's margin), the text the step shows. */
  mustShow: Rect[]
  spans: Span[]
}

export interface Frame {
  /** The whole page, or the page from its top down to `height`. */
  fullPage: boolean
  height: number
}

const bottom = (r: Rect) => r.top + r.height
const right = (r: Rect) => r.left + r.width

/** The white space left under the last block a figure keeps, at most. */
const TAIL = 24
/** Lines of one paragraph touch (their boxes are line-height tall); blocks leave a gap. */
const MIN_GAP = 4
/** Room kept under the lowest thing a figure must show. */
const MARGIN = 8

/** The white gaps between the spans, where the page may be cut without halving anything. */
export function gaps(spans: Span[], pageHeight: number): Span[] {
  const sorted = spans
    .filter((s) => s.bottom > s.top)
    .map((s) => ({ top: Math.max(0, s.top), bottom: Math.min(pageHeight, s.bottom) }))
    .sort((a, b) => a.top - b.top)
  const found: Span[] = []
  let reach = 0
  for (const span of sorted) {
    if (span.top - reach >= MIN_GAP) found.push({ top: reach, bottom: span.top })
    reach = Math.max(reach, span.bottom)
  }
  if (pageHeight - reach >= MIN_GAP) found.push({ top: reach, bottom: pageHeight })
  return found
}

/**
 * The figure: from the page's top (the site's header is part of the screen) to the lowest cut
 * within the first screenful that keeps everything it must show; when there is none, the nearest
 * cut below (a tall crop); the whole page when the definition asks for it or nothing else fits.
 * A cut lies in a gap, a little below the block above it.
 */
export function frameFigure(layout: PageLayout, whole = false): Frame {
  const { viewportHeight: screen, pageHeight } = layout
  if (whole) return { fullPage: true, height: pageHeight }
  if (pageHeight <= screen) return { fullPage: false, height: screen }
  const need = Math.max(0, ...layout.mustShow.map((r) => Math.ceil(bottom(r)) + MARGIN))
  const cut = (g: Span, ceiling: number) => {
    const low = Math.max(g.top, need)
    const high = Math.min(g.bottom, ceiling)
    return low <= high ? Math.round(Math.min(Math.max(g.top + TAIL, low), high)) : undefined
  }
  const open = gaps(layout.spans, pageHeight)
  const fits = open.map((g) => cut(g, screen)).filter((c) => c !== undefined)
  const tall = open.map((g) => cut(g, pageHeight)).filter((c) => c !== undefined)
  const height = fits.length ? Math.max(...fits) : tall.length ? Math.min(...tall) : pageHeight
  return height >= pageHeight ? { fullPage: true, height: pageHeight } : { fullPage: false, height }
}

export const intersects = (a: Rect, b: Rect) =>
  a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a)

const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(right(a), right(b)) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top))

/**
 * Where the step number goes beside the red frame: the first place, in the manual's order of
 * preference (left of the frame, right of it, above, below, then along its top and bottom edges),
 * that stays on the page and covers no text. If every place covers some, the one covering least.
 */
export function placeBadge(
  frame: Rect,
  badge: { width: number; height: number },
  obstacles: Rect[],
  pageWidth: number,
): Rect {
  const { width: w, height: h } = badge
  const gap = 4
  const at = (left: number, top: number): Rect => ({ left, top, width: w, height: h })
  const above = frame.top - h - gap
  const below = bottom(frame) + gap
  const candidates = [
    at(frame.left - w - gap, frame.top - 6),
    at(right(frame) + gap, frame.top - 6),
    at(frame.left - w - gap, frame.top + (frame.height - h) / 2),
    at(right(frame) + gap, frame.top + (frame.height - h) / 2),
    at(frame.left - w - gap, above),
    at(right(frame) + gap, above),
    at(frame.left, above),
    at(right(frame) - w, above),
    at(frame.left, below),
    at(right(frame) - w, below),
  ]
  // Then every place along the top and bottom edges, across the page.
  for (let x = 0; x + w <= pageWidth; x += 8) candidates.push(at(x, above), at(x, below))
  const onPage = candidates.filter((c) => c.left >= 0 && right(c) <= pageWidth && c.top >= 0)
  const covered = (c: Rect) => obstacles.reduce((sum, o) => sum + overlapArea(c, o), 0)
  const free = onPage.find((c) => !obstacles.some((o) => intersects(c, o)))
  if (free) return free
  return [...onPage].sort((a, b) => covered(a) - covered(b))[0] ?? at(frame.left, above)
}
