import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { server } from '@mocks/node'

// jsdom has no layout, so its scrollTo only logs "not implemented"; the router's scrollBehavior
// calls it on every navigation and the noise would hide real warnings.
window.scrollTo = () => undefined

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// Each test starts from an empty browser: no server data, cookies or clock (seeded on first use).
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

afterEach(async () => {
  const { unmountAll } = await import('./support/app')
  unmountAll()
})
