import { createWebHashHistory, createWebHistory, type RouterHistory } from 'vue-router'

/**
 * The single file (`npm run build:offline`) is opened from file://, where no server answers a
 * deep link or a reload of `/myna/`: there the route lives after the `#`. Served builds keep real
 * paths under their base (SIM_BASE), which a static server maps back to index.html.
 */
export function appHistory(): RouterHistory {
  return import.meta.env.MODE === 'offline'
    ? createWebHashHistory()
    : createWebHistory(import.meta.env.BASE_URL)
}

/**
 * Leaves the screens that only forward (meta.transitional: Hello Work's login initiation and
 * callback, Mynaportal's authorize) out of the address bar and the session history. Most hops
 * never get this far: the router follows them while it decides the navigation
 * (`forwardingHops.ts`). A forwarding screen that is drawn (its answer slow, refused or failed)
 * still never writes its codes, `state` and `nonce` to the address, and a step keeps changing the
 * address once. Each change costs the browser's own process a moment, and every request sent
 * meanwhile (a storage lock) waits for it: ② took 20 ms per change in `npm run bench`.
 *
 * A push to a forwarding screen is held and made by the next screen that is shown, so that screen
 * still gets its own history entry. A reload while forwarding reopens the screen before it.
 */
export function withoutForwardingScreens(
  inner: RouterHistory,
  isForwarding: (path: string) => boolean,
): RouterHistory {
  let location = inner.location
  let heldPush = false
  return {
    get base() {
      return inner.base
    },
    get location() {
      return location
    },
    get state() {
      return inner.state
    },
    createHref: (to) => inner.createHref(to),
    go: (delta, triggerListeners) => inner.go(delta, triggerListeners),
    destroy: () => inner.destroy(),
    listen: (callback) =>
      inner.listen((to, from, info) => {
        location = to
        heldPush = false
        callback(to, from, info)
      }),
    push(to, data) {
      location = to
      if (isForwarding(to)) {
        heldPush = true
        return
      }
      heldPush = false
      inner.push(to, data)
    },
    replace(to, data) {
      location = to
      if (isForwarding(to)) return
      if (heldPush) inner.push(to, data)
      else inner.replace(to, data)
      heldPush = false
    },
  }
}
