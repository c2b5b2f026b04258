import { describe, expect, it } from 'vitest'
import { frameFigure, gaps, intersects, placeBadge, type Rect } from '../../scripts/lib/frame'

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
})
const line = (top: number, bottom: number) => ({ top, bottom })

describe('gaps', () => {
  it('finds the white between blocks, not between lines that touch, and the page end', () => {
    const spans = [line(0, 40), line(40, 80), line(100, 150), line(120, 130), line(300, 320)]
    expect(gaps(spans, 400)).toEqual([line(80, 100), line(150, 300), line(320, 400)])
  })
})

describe('frameFigure', () => {
  const page = { width: 390, viewportHeight: 800, pageHeight: 2000 }
  const blocks = [line(0, 60), line(100, 300), line(340, 780), line(790, 900), line(1000, 1100)]

  it('cuts the first screenful in the lowest gap that keeps the heading and the target', () => {
    const frame = frameFigure({ ...page, spans: blocks, mustShow: [rect(16, 100, 300, 40)] })
    // 780–790 is a gap inside the screen: the cut goes there, a few pixels under the block.
    expect(frame).toEqual({ fullPage: false, height: 790 })
  })

  it('never cuts through a block: a target below the screen gives a tall crop under it', () => {
    const mustShow = [rect(16, 100, 300, 40), rect(16, 1020, 300, 60)]
    expect(frameFigure({ ...page, spans: blocks, mustShow })).toEqual({
      fullPage: false,
      height: 1124,
    })
  })

  it('takes the whole page when asked, or when no gap lies under what it must show', () => {
    const mustShow = [rect(16, 100, 300, 40)]
    expect(frameFigure({ ...page, spans: blocks, mustShow }, true)).toEqual({
      fullPage: true,
      height: 2000,
    })
    const solid = [line(0, 2000)]
    expect(frameFigure({ ...page, spans: solid, mustShow })).toEqual({
      fullPage: true,
      height: 2000,
    })
  })

  it('keeps a page shorter than the screen a full screenful', () => {
    const short = { ...page, pageHeight: 600 }
    expect(frameFigure({ ...short, spans: blocks, mustShow: [] })).toEqual({
      fullPage: false,
      height: 800,
    })
  })
})

describe('placeBadge', () => {
  const badge = { width: 30, height: 30 }

  it('puts the number left of the frame when nothing is there', () => {
    const frame = rect(100, 200, 200, 40)
    expect(placeBadge(frame, badge, [], 1280)).toEqual(rect(66, 194, 30, 30))
  })

  it('moves it off text: a full-width button with text above it gets its number where no line is', () => {
    const frame = rect(12, 400, 366, 48)
    const text = [rect(16, 330, 358, 24), rect(16, 360, 120, 24)]
    const placed = placeBadge(frame, badge, text, 390)
    expect(text.some((t) => intersects(t, placed))).toBe(false)
    expect(placed.left).toBeGreaterThanOrEqual(0)
    expect(placed.left + placed.width).toBeLessThanOrEqual(390)
    expect(intersects(placed, frame)).toBe(false)
  })

  it('covers as little as it can when every place covers some text', () => {
    const frame = rect(0, 30, 390, 40)
    const text = [rect(0, 0, 390, 30), rect(0, 70, 200, 40), rect(200, 70, 190, 10)]
    const placed = placeBadge(frame, badge, text, 390)
    // Below the frame's right half only a 10px line is in the way.
    expect(placed.top).toBe(74)
    expect(placed.left).toBeGreaterThanOrEqual(200)
  })
})
