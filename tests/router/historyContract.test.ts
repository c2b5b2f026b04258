/**
 * What src/router/history.ts assumes of vue-router: every navigation ends in one push or one
 * replace of its full path (a replace for the first navigation and for a redirect that asks for
 * it), and a push of the web history records the screen it leaves as `back`. If an upgrade of
 * vue-router changes either, these fail before the forwarding screens reach the address bar.
 */
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter, createWebHistory, type RouterHistory } from 'vue-router'
import { withoutForwardingScreens } from '@/router/history'

const Screen = { render: () => null }
const routes = ['/start', '/a', '/b', '/old', '/fwd'].map((path) => ({ path, component: Screen }))

function recorded(history: RouterHistory): string[] {
  const calls: string[] = []
  const { push, replace } = history
  history.push = (to, data) => {
    calls.push(`push ${to}`)
    push(to, data)
  }
  history.replace = (to, data) => {
    calls.push(`replace ${to}`)
    replace(to, data)
  }
  return calls
}

describe('the router’s use of its history', () => {
  it('makes each navigation one push or one replace of its full path', async () => {
    const history = createMemoryHistory()
    const calls = recorded(history)
    const router = createRouter({ history, routes })
    router.beforeEach((to) =>
      to.path === '/old' ? { path: '/b', query: { x: '1' }, replace: true } : true,
    )

    await router.push('/start')
    await router.push('/a?q=1')
    await router.push('/fwd?state=secret')
    await router.replace('/b')
    await router.push('/old')

    expect(calls).toEqual([
      'replace /start',
      'push /a?q=1',
      'push /fwd?state=secret',
      'replace /b',
      'replace /b?x=1',
    ])
  })

  it('gives the screen after a held forwarding push its own entry, back to the screen before', async () => {
    window.history.replaceState(null, '', '/start')
    const history = withoutForwardingScreens(createWebHistory('/'), (path) =>
      path.startsWith('/fwd'),
    )
    const router = createRouter({ history, routes })
    await router.push('/start')
    await router.push('/a')
    const lengthBefore = window.history.length

    await router.push('/fwd?state=secret')
    expect(window.location.pathname).toBe('/a')
    await router.replace('/b')

    expect(window.location.pathname).toBe('/b')
    expect(window.history.length).toBe(lengthBefore + 1)
    expect(window.history.state).toMatchObject({ back: '/a', current: '/b', forward: null })
    expect(router.currentRoute.value.fullPath).toBe('/b')
  })
})
