import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/**
 * The machine's own Chromium, Chrome or Edge: CHROMIUM_PATH first, then the usual install paths.
 * Playwright's browser download is never used (it cannot reach its servers here, and office PCs
 * already have a browser).
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
]

export function findBrowser(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`)
  }
  const found = CANDIDATES.find((path) => existsSync(path))
  if (found) return found
  throw new Error(
    [
      'No Chromium, Chrome or Edge was found.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk`),',
      'or set CHROMIUM_PATH to the browser executable.',
    ].join('\n'),
  )
}

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'

/**
 * What takes the screenshots: the same Chromium's headless shell when it is installed, else the
 * browser above. The shell is Blink and Skia without the browser around them: a headless
 * Chromium still keeps an address bar and a tab strip up to date on every navigation, and starts
 * a second renderer for each new context. The 144 images of `npm run screenshots` are
 * byte-identical from either, and the shell takes about two thirds of the time (figures in
 * docs/performance.md).
 * CHROMIUM_PATH, when set, still decides.
 */
export function findScreenshotBrowser(): { path: string; hint?: string } {
  if (!process.env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL)) return { path: HEADLESS_SHELL }
  const path = findBrowser()
  return {
    path,
    hint: path.startsWith('/usr/')
      ? '`sudo apt-get install -y chromium-headless-shell` takes the same images in about two thirds of the time.'
      : undefined,
  }
}

/**
 * Chromium reads only the last --disable-features it is given, and Playwright passes its own, so
 * ours repeats Playwright's list (playwright-core's chromiumSwitches.ts) before adding to it.
 * tests/browser/chromium.test.ts fails when Playwright's list has a name this one lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * Headless Chromium loads the address bar's two popups, each a WebUI page in its own renderer,
 * for every browser context, though a headless window never shows them. That cost 0.6 s of CPU
 * per context, and the screenshot run opens one context per flow and width, on two cores.
 */
export const UNSHOWN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

export function launchBrowser(executablePath = findBrowser()): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--font-render-hinting=none',
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSHOWN_FEATURES].join(',')}`,
    ],
  })
}
