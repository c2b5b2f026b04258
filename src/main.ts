// First, so that every site's and screen's styles come after the base ones, as they load.
import './styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { ensureServersStarted, startServersOnFirstRequest } from './api/http'
import { createAppRouter } from './router'
import { preloadScreensWhenIdle } from './router/preloadScreens'
import InsecureContextView from './views/simulator/InsecureContextView.vue'
import { afterNextPaint } from './simulator/afterNextPaint'
import { installCaptureMode } from './simulator/captureMode'

async function start() {
  installCaptureMode()
  // The simulated servers hash and sign with Web Crypto, which browsers keep from plain http.
  if (!window.isSecureContext) {
    createApp(InsecureContextView).mount('#app')
    return
  }
  // Most of the simulated servers' code is MSW's; the first screen does not need it to be drawn.
  // src/api holds every request until they answer, which is the guarantee that matters.
  startServersOnFirstRequest(() =>
    import('@mocks/browser').then((mocks) => mocks.startMockServers()),
  )
  const pinia = createPinia()
  const router = createAppRouter(undefined, pinia)
  createApp(App).use(pinia).use(router).mount('#app')
  // Once the first screen is drawn, start them anyway, so the first click does not wait. A failure
  // here is not lost: the next request tries again and its screen shows the error with 再試行.
  await router.isReady()
  await afterNextPaint()
  void ensureServersStarted().catch(() => undefined)
  void preloadScreensWhenIdle(router)
}

void start()
