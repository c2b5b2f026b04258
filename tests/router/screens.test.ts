/**
 * The router's routes are the screen table's: each screen's merged route.meta is what SCREENS
 * says of it (the flows and the mock side read SCREENS, the app reads route.meta).
 */
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { SCREENS } from '@/contracts/screens'
import { createAppRouter } from '@/router'

describe('the screen table', () => {
  const router = createAppRouter(createMemoryHistory())

  it('has a route for every screen and a screen for every named route', () => {
    const named = router.getRoutes().flatMap((route) => (route.name ? [String(route.name)] : []))
    expect(named.sort()).toEqual(Object.keys(SCREENS).sort())
  })

  it.each(Object.values(SCREENS))('gives $name the meta it inherits', (screen) => {
    const { name, path, ...meta } = screen
    const route = router.getRoutes().find((record) => record.name === name)!
    expect(route.path).toBe(path)
    const merged = router.resolve({ name, params: sampleParams(path) } as never).meta
    expect(merged).toEqual(meta)
  })
})

/** A value for each parameter of a path pattern, so the route resolves by name. */
function sampleParams(path: string): Record<string, string | string[]> {
  const samples: Record<string, string | string[]> = {
    siteId: 'hellowork',
    jobNumber: '11010-08888888',
    section: 'online',
    messageId: 'm1',
    target: 'training',
    unknown: ['x'],
  }
  const names = [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!)
  return Object.fromEntries(names.map((param) => [param, samples[param]!]))
}
