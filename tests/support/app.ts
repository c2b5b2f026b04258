/**
 * Mounts the whole app as a browser would show it: real router (memory history), real Pinia, and
 * both mock servers answering through MSW's node server (tests/setup.ts). Tests then read and
 * act on the DOM by visible text, labels and roles.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { expect } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '@/App.vue'
import { createSimulatorApp } from '@/app/createSimulatorApp'
import { useMynaportalStore } from '@/stores/mynaportal'

export interface MountedApp {
  wrapper: VueWrapper
  router: Router
}

const mounted: VueWrapper[] = []

/** The app as src/main.ts builds it, on a memory history, opened at `path`. */
export async function mountApp(path: string): Promise<MountedApp> {
  const simulator = createSimulatorApp({ history: createMemoryHistory() })
  const { router } = simulator
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [simulator] }, attachTo: document.body })
  mounted.push(wrapper)
  await settle()
  return { wrapper, router }
}

/** Lets requests, route changes and renders finish (MSW answers asynchronously, with Web Crypto). */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Waits until `check` passes (the servers hash and sign with Web Crypto, which takes a moment). */
export async function waitFor(check: () => void, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await settle(1)
    }
  }
}

/**
 * Mynaportal's public screens ask who is signed in once they are drawn (MynaportalLayout): waits
 * for the answer, so a test counting requests from here on does not count that one.
 */
export async function awaitMynaportalSession(): Promise<void> {
  await waitFor(() => expect(useMynaportalStore().session).not.toBe('unknown'))
}

export function unmountAll(): void {
  while (mounted.length > 0) mounted.pop()!.unmount()
  document.body.innerHTML = ''
}

export { screen, within } from '@testing-library/dom'
export { default as userEvent } from '@testing-library/user-event'
