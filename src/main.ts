import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { startMockServers } from '@mocks/browser'
import App from './App.vue'
import { createAppRouter } from './router'
import InsecureContextView from './views/simulator/InsecureContextView.vue'
import { installCaptureMode } from './simulator/captureMode'
import './styles/base.css'

async function start() {
  installCaptureMode()
  // The simulated servers hash and sign with Web Crypto, which browsers keep from plain http.
  if (!window.isSecureContext) {
    createApp(InsecureContextView).mount('#app')
    return
  }
  // Both simulated servers must answer before the first screen asks them anything.
  await startMockServers()
  const pinia = createPinia()
  createApp(App).use(pinia).use(createAppRouter(undefined, pinia)).mount('#app')
}

void start()
