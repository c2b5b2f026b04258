import { SCREENS, type ScreenName } from '@/contracts/screens'
import { signInScreens } from '@/flows/signIn'

/**
 * The first interactive screen of each site: its h1 and, on Mynaportal, the way in (manual ①
 * 「ログイン」). A cold load ends when these are on screen.
 */
export interface FirstScreen {
  site: 'myna' | 'hw'
  path: string
  heading: string
  link?: string
}

/** A site's top page, at its address with the trailing slash a person types, headed by its title. */
function topOf(name: ScreenName, site: FirstScreen['site'], link?: string): FirstScreen {
  const screen = SCREENS[name]
  return { site, path: `${screen.path}/`, heading: screen.title, ...(link ? { link } : {}) }
}

// ① of every Mynaportal flow starts on its top page with the link that leads in.
const mynaWayIn = signInScreens.find((screen) => screen.routeName === 'myna-top')?.target

export const FIRST_SCREENS: FirstScreen[] = [
  topOf('myna-top', 'myna', mynaWayIn?.name),
  topOf('hw-top', 'hw'),
]

export interface FirstScreenSeen {
  /** ms from navigation start until the heading (and link) were in the DOM and visible. */
  seenAt: number
  /** ms from navigation start to the next animation frame after that: the frame that shows it. */
  frameAt: number
  /** URLs of the resources whose response had ended by seenAt (Resource Timing). */
  resources: string[]
}

/**
 * An init script (runs before any of the page's own): resolves `window.__benchFirstScreen` when
 * the screen is there. Runs in the page as its source text, so no named helpers inside (tsx would
 * wrap them in a __name() the page does not have).
 */
export function watchFirstScreen(screen: FirstScreen): void {
  const scope = window as unknown as {
    __benchFirstScreen?: Promise<FirstScreenSeen>
  }
  scope.__benchFirstScreen = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const heading = [...document.querySelectorAll('h1')].find(
        (h) => h.textContent?.trim() === screen.heading && h.checkVisibility(),
      )
      const link =
        !screen.link ||
        [...document.querySelectorAll('a[href]')].some(
          (a) => a.textContent?.trim() === screen.link && a.checkVisibility(),
        )
      if (!heading || !link) return
      observer.disconnect()
      const seenAt = performance.now()
      const resources = performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).responseEnd <= seenAt)
        .map((entry) => entry.name)
      // Rendering waits for render-blocking styles; the frame after is when it can be seen.
      requestAnimationFrame(() =>
        resolve({
          seenAt,
          frameAt: performance.now(),
          resources,
        }),
      )
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true })
  })
}
