/**
 * The simulator's service worker: Mock Service Worker's script as MSW generates it
 * (mockServiceWorker.js, never edited), with two changes of habit around it. Both keep a visit
 * after the first from waiting for the worker (issue 7).
 *
 * 1. Only requests to the simulated servers need the worker. Everything from the app's own origin
 *    (the page, its scripts and styles) goes to the network without the browser starting the
 *    worker: ServiceWorker static routing, Chromium 123 and later. Elsewhere the worker sees those
 *    requests too, as before, and MSW passes them through.
 * 2. MSW's worker unregisters itself when its last page closes, which suits a development tool
 *    that must not outlive its use. Here the worker is the two servers: a reload unregistered
 *    it, and the reloaded page installed it again before its first request could be answered.
 *    It stays registered; with no page of the simulator open it answers nothing.
 */
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes !== 'function') return
  event.waitUntil(
    event
      .addRoutes([{ condition: { urlPattern: `${self.location.origin}/*` }, source: 'network' }])
      .catch(() => undefined),
  )
})

self.registration.unregister = () => Promise.resolve(false)

importScripts('./mockServiceWorker.js')
