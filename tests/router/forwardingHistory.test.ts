/**
 * src/router/history.ts: the forwarding screens never reach the address bar or the history, and
 * the screen after them still gets the entry they were pushed with.
 */
import { describe, expect, it } from 'vitest'
import { createWebHistory } from 'vue-router'
import { withoutForwardingScreens } from '@/router/history'

const FORWARDING = ['/hw/auth/initiate', '/myna/authorize']

function browserHistory() {
  window.history.replaceState(null, '', '/myna/connections')
  const history = withoutForwardingScreens(createWebHistory('/'), (path) =>
    FORWARDING.includes(path.split('?')[0]!),
  )
  return { history, lengthBefore: window.history.length }
}

describe('withoutForwardingScreens', () => {
  it('holds a push to a forwarding screen and makes it for the next screen shown', () => {
    const { history, lengthBefore } = browserHistory()

    history.push('/hw/auth/initiate?iss=x')
    expect(window.location.pathname).toBe('/myna/connections')
    expect(history.location).toBe('/hw/auth/initiate?iss=x')
    history.replace('/myna/authorize?state=secret')
    expect(window.location.search).toBe('')
    history.replace('/myna/connections/consent')

    expect(window.location.pathname).toBe('/myna/connections/consent')
    expect(window.history.length).toBe(lengthBefore + 1)
    expect(history.location).toBe('/myna/connections/consent')
  })

  it('replaces as before when no push is held', () => {
    const { history, lengthBefore } = browserHistory()

    history.replace('/myna/home')

    expect(window.location.pathname).toBe('/myna/home')
    expect(window.history.length).toBe(lengthBefore)
  })

  it('pushes a screen a person sees directly', () => {
    const { history, lengthBefore } = browserHistory()

    history.push('/myna/home')

    expect(window.location.pathname).toBe('/myna/home')
    expect(window.history.length).toBe(lengthBefore + 1)
  })
})
