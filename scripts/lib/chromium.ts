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
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`),',
      'or set CHROMIUM_PATH to the browser executable.',
    ].join('\n'),
  )
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
 * per context: the screenshot run opens one context per flow and width, on two cores
 * (`--flow link --viewport both`: 0.326 → 0.245 s per image, 10.8 → 8.2 s of CPU).
 */
export const UNSHOWN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
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
