import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { startMockServers } from '@mocks/browser'
import App from './App.vue'
import { createAppRouter } from './router'
import './styles/base.css'

async function start() {
  // Both simulated servers must answer before the first screen asks them anything.
  await startMockServers()
  const pinia = createPinia()
  createApp(App).use(pinia).use(createAppRouter(undefined, pinia)).mount('#app')
}

void start()
