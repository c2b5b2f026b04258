import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { FIRST_SCREENS, watchFirstScreen } from './firstScreens'
import { awaitInPage } from './inPage'

/**
 * The plain-HTML floor: each first screen as the app rendered it, saved with its stylesheets and
 * without a single script, in dist-bench-static/ (served like dist/).
 */
export async function writeStaticPages(
  browser: Browser,
  appUrl: string,
  distDir: string,
  outDir: string,
): Promise<void> {
  await rm(outDir, { recursive: true, force: true })
  await cp(distDir, outDir, {
    recursive: true,
    // The app's scripts (and its worker) are what the floor leaves out; its styles and images stay.
    filter: (source) => !source.endsWith('.js') && source !== path.join(distDir, 'index.html'),
  })
  const context = await browser.newContext()
  try {
    for (const screen of FIRST_SCREENS) {
      const page = await context.newPage()
      await page.addInitScript(watchFirstScreen, screen)
      await page.goto(`${appUrl}${screen.path}`)
      await awaitInPage(page, '__benchFirstScreen', `${screen.path} of the app`)
      // What the screen asked its server (who is signed in) has been answered and shown.
      await page.waitForLoadState('networkidle')
      const html = await page.evaluate(() => {
        const root = document.documentElement.cloneNode(true) as HTMLElement
        root
          .querySelectorAll('script, link[rel="modulepreload"], link[as="script"]')
          .forEach((node) => node.remove())
        // Served from another port: the stylesheets by path, not by this server's address.
        root.querySelectorAll<HTMLLinkElement>('link[href]').forEach((link) => {
          const url = new URL(link.href)
          if (url.origin === location.origin) link.setAttribute('href', url.pathname)
        })
        return `<!doctype html>\n${root.outerHTML}\n`
      })
      await mkdir(path.join(outDir, screen.path), { recursive: true })
      await writeFile(path.join(outDir, screen.path, 'index.html'), html)
      await page.close()
    }
  } finally {
    await context.close()
  }
}
