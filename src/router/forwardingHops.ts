import type { Pinia } from 'pinia'
import type { LocationQueryValue, RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { toAppPath } from '@/api/frontChannel'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'

/**
 * The screens that only forward (meta.transitional) each make one request and follow its answer.
 * Drawing them costs a render and a layout per hop that nobody reads: ⑤ passes three of them in
 * a fraction of a second. So the router makes the hop's request while it decides the navigation,
 * and goes straight on to the screen the answer names. The forwarding screen is drawn only when
 * there is something to see: the answer is slow (a trainer's injected latency shows the waiting
 * screen as before), refused, or failed. The screen then takes over the answer already on its
 * way instead of asking again, so a hop is never requested twice.
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

const HOPS: Record<string, ForwardingHop> = {
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
  return typeof routeName === 'string' ? HOPS[routeName] : undefined
}

/**
 * How long the router waits for a hop's answer before drawing its screen. Under it, a person sees
 * the click's screen stay until the next one (its button is busy meanwhile); over it, the waiting
 * message. A hop at zero injected latency takes 10–40 ms here.
 */
export const DRAW_FORWARDING_AFTER_MS = 100

/** Answers on their way, by the forwarding screen's full path, for the screen to take over. */
const handedOver = new Map<string, Promise<string>>()

/** The answer the router already asked for this screen, once; undefined if it asked nothing. */
export function takeHandedOverAnswer(fullPath: string): Promise<string> | undefined {
  const answer = handedOver.get(fullPath)
  handedOver.delete(fullPath)
  return answer
}

type Outcome = { path: string } | { draw: true }

/** A global guard: a forwarding screen's hop, followed without drawing the screen when it can. */
export async function forwardWithoutDrawing(
  to: RouteLocationNormalized,
  pinia?: Pinia,
): Promise<RouteLocationRaw | true> {
  const hop = forwardingHopOf(to.name)
  if (!hop) return true
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
