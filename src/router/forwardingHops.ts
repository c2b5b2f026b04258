import type { Pinia } from 'pinia'
import { inject, type InjectionKey } from 'vue'
import type {
  LocationQueryValue,
  NavigationGuardWithThis,
  RouteLocationNormalized,
} from 'vue-router'
import { toAppPath } from '@/api/frontChannel'
import type { ScreenName } from '@/contracts/screens'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'

/**
 * The screens that only forward (meta.transitional) each make one request and follow its answer.
 * Drawing them costs a render and a layout per hop that nobody reads: ⑤ passes three of them in
 * a fraction of a second. So each such route's own guard makes the hop's request while the router
 * decides the navigation, and goes straight on to the screen the answer names. The forwarding
 * screen is drawn only when there is something to see: the answer is slow (a trainer's injected
 * latency shows the waiting screen as before), refused, or failed. The screen then takes over the
 * answer already on its way instead of asking again, so a hop is never requested twice.
 */
export type ForwardingHop = (to: RouteLocationNormalized, pinia?: Pinia) => Promise<string>

// The servers judge the values; a missing one is sent as '' and refused there with its message.
const text = (value: LocationQueryValue | LocationQueryValue[] | undefined) =>
  typeof value === 'string' ? value : ''
const optionalText = (value: LocationQueryValue | LocationQueryValue[] | undefined) =>
  typeof value === 'string' ? value : undefined

/** The query string exactly as it came: Mynaportal compares redirect_uri and the rest by string. */
function rawSearch(fullPath: string): string {
  const withoutHash = fullPath.split('#')[0] ?? ''
  const start = withoutHash.indexOf('?')
  return start === -1 ? '' : withoutHash.slice(start)
}

const HOPS: Partial<Record<ScreenName, ForwardingHop>> = {
  // Third-party-initiated login: Hello Work opens a transaction and names Mynaportal's authorize.
  'hw-auth-initiate': (to, pinia) =>
    useHelloworkStore(pinia).initiate(text(to.query.iss), text(to.query.target_link_uri)),
  // Mynaportal's authorization endpoint: login, 同意確認, or straight back to Hello Work.
  'myna-authorize': (to, pinia) => useMynaportalStore(pinia).authorize(rawSearch(to.fullPath)),
  // Hello Work's redirect_uri: checks state and iss, exchanges the code.
  'hw-auth-callback': (to, pinia) =>
    useHelloworkStore(pinia).callback({
      code: optionalText(to.query.code),
      error: optionalText(to.query.error),
      state: text(to.query.state),
      iss: text(to.query.iss),
    }),
}

export function forwardingHopOf(routeName: unknown): ForwardingHop | undefined {
  return typeof routeName === 'string' ? HOPS[routeName as ScreenName] : undefined
}

/**
 * How long the router waits for a hop's answer before drawing its screen. Under it, a person sees
 * the click's screen stay until the next one (its button is busy meanwhile); over it, the waiting
 * message. A hop at zero injected latency takes 10–40 ms here.
 */
export const DRAW_FORWARDING_AFTER_MS = 100

type Outcome = { path: string } | { draw: true }

/** One app's forwarding: the routes' guards and the answers they hand over to a drawn screen. */
export interface Forwarding {
  /** The `beforeEnter` guard of each forwarding route. */
  guards: Partial<Record<ScreenName, NavigationGuardWithThis<undefined>>>
  /** The answer the guard already asked for this screen, once; undefined if it asked nothing. */
  takeHandedOverAnswer(fullPath: string): Promise<string> | undefined
}

export function createForwarding(pinia?: Pinia): Forwarding {
  // Answers on their way, by the forwarding screen's full path, for the screen to take over.
  const handedOver = new Map<string, Promise<string>>()

  async function followWithoutDrawing(to: RouteLocationNormalized, hop: ForwardingHop) {
    const answer = hop(to, pinia)
    // The screen reads a refusal from the promise itself; this copy only keeps it from being
    // reported as unhandled while nobody has taken it yet.
    answer.catch(() => undefined)

    let timer: ReturnType<typeof setTimeout> | undefined
    const slow = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve({ draw: true }), DRAW_FORWARDING_AFTER_MS)
    })
    const answered = answer.then(
      (location): Outcome => {
        const path = toAppPath(location)
        return path === null ? { draw: true } : { path }
      },
      (): Outcome => ({ draw: true }),
    )
    const outcome = await Promise.race([answered, slow])
    clearTimeout(timer)

    if ('path' in outcome) return outcome.path
    handedOver.set(to.fullPath, answer)
    return true
  }

  const guards = Object.fromEntries(
    Object.entries(HOPS).map(([name, hop]) => [
      name,
      (to: RouteLocationNormalized) => followWithoutDrawing(to, hop),
    ]),
  )
  return {
    guards,
    takeHandedOverAnswer(fullPath) {
      const answer = handedOver.get(fullPath)
      handedOver.delete(fullPath)
      return answer
    },
  }
}

export const FORWARDING_KEY: InjectionKey<Forwarding> = Symbol('forwarding')

/** For a forwarding screen: the answer its route's guard handed over, if any. */
export function useHandedOverAnswer(fullPath: string): Promise<string> | undefined {
  return inject(FORWARDING_KEY, undefined)?.takeHandedOverAnswer(fullPath)
}
