/**
 * A quick look at one screen: `npx tsx scripts/shoot.ts URL OUT.png [width]`.
 * (The manual's screenshots come from `npm run screenshots`; this is for developers.)
 */
import { launchBrowser } from './lib/chromium'

const [url, out, width = '1280'] = process.argv.slice(2)
if (!url || !out) {
  console.error('usage: tsx scripts/shoot.ts URL OUT.png [width]')
  process.exit(2)
}
const browser = await launchBrowser()
const mobile = Number(width) < 600
const page = await browser.newPage({
  viewport: { width: Number(width), height: mobile ? 844 : 800 },
  deviceScaleFactor: mobile ? 2 : 1,
})
await page.goto(url, { waitUntil: 'networkidle' })
await page.waitForTimeout(300)
await page.screenshot({ path: out, fullPage: true })
await browser.close()
console.log(`wrote ${out}`)
