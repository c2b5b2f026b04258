import type { Locator, Page } from 'playwright-core'

/**
 * The manual's callout, drawn into the page before a capture: a red frame around the element the
 * step acts on and the step's circled number beside it. Removed again before the step is acted on.
 */
export async function drawCallout(target: Locator, label: string): Promise<void> {
  await target.evaluate((element, text) => {
    const rect = element.getBoundingClientRect()
    const margin = 4
    const frame = document.createElement('div')
    frame.dataset.manualCallout = ''
    Object.assign(frame.style, {
      position: 'absolute',
      left: `${rect.left + window.scrollX - margin}px`,
      top: `${rect.top + window.scrollY - margin}px`,
      width: `${rect.width + margin * 2}px`,
      height: `${rect.height + margin * 2}px`,
      border: '3px solid #e60012',
      borderRadius: '4px',
      pointerEvents: 'none',
      zIndex: '2147483647',
      boxSizing: 'border-box',
    })
    const badge = document.createElement('div')
    badge.textContent = text
    Object.assign(badge.style, {
      position: 'absolute',
      // Beside the frame where there is room (left, then right); above it for full-width buttons.
      ...(rect.left > 40
        ? { left: '-34px', top: '-6px' }
        : rect.right + 40 < document.documentElement.clientWidth
          ? { right: '-34px', top: '-6px' }
          : { left: '-4px', top: '-36px' }),
      font: '700 28px/1 "Noto Sans CJK JP", "Noto Sans JP", sans-serif',
      color: '#e60012',
      background: '#fff',
      borderRadius: '50%',
    })
    frame.append(badge)
    document.body.append(frame)
  }, label)
}

export async function clearCallouts(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll('[data-manual-callout]').forEach((n) => n.remove()),
  )
}
