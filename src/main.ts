// First, so that every site's and screen's styles come after the base ones, as they load.
import './styles/base.css'
import { createApp } from 'vue'
import App from './App.vue'
import { createSimulatorApp } from './app/createSimulatorApp'
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
  // The app's client holds every request until they answer, which is the guarantee that matters.
  const simulator = createSimulatorApp({
    startServers: () => import('@mocks/browser').then((mocks) => mocks.startMockServers()),
  })
  createApp(App).use(simulator).mount('#app')
  // Once the first screen is drawn, start them anyway, so the first click does not wait. A failure
  // here is not lost: the next request tries again and its screen shows the error with 再試行.
  await simulator.router.isReady()
  await afterNextPaint()
  void simulator.api.ensureServersStarted().catch(() => undefined)
  void preloadScreensWhenIdle(simulator.router)
}

void start()
