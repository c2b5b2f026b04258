import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'

/**
 * The HTML master printed by the Chromium that took the figures: A4, the page number in the
 * footer; the page's print styles keep each figure on one page.
 */
export async function renderPdf(browser: Browser, htmlFile: string): Promise<Buffer> {
  const context = await browser.newContext({ locale: 'ja-JP' })
  try {
    const page = await context.newPage()
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:9px"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margin: { top: '18mm', bottom: '20mm', left: '15mm', right: '15mm' },
    })
  } finally {
    await context.close()
  }
}
