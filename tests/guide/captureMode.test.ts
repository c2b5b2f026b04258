import { beforeEach, describe, expect, it } from 'vitest'
import { installCaptureMode, isCaptureMode } from '@/simulator/captureMode'
import { mountApp } from '../support/app'
import { waitForHeading } from '../support/walkFlow'

beforeEach(() => {
  sessionStorage.clear()
  installCaptureMode('')
})

describe('capture mode', () => {
  it('turns on with ?capture=1 and marks the document for the still styles', () => {
    expect(document.documentElement.dataset.capture).toBeUndefined()
    installCaptureMode('?capture=1')
    expect(isCaptureMode()).toBe(true)
    expect(document.documentElement.dataset.capture).toBe('on')
  })

  it('lasts for the tab’s session until ?capture=0 ends it', () => {
    installCaptureMode('?scenario=linked&capture=1')
    installCaptureMode('')
    expect(document.documentElement.dataset.capture).toBe('on')

    installCaptureMode('?capture=0')
    expect(isCaptureMode()).toBe(false)
    expect(document.documentElement.dataset.capture).toBeUndefined()
    installCaptureMode('')
    expect(isCaptureMode()).toBe(false)
  })

  it('reads the parameter from the address, also after the # of the offline build', () => {
    window.history.replaceState(null, '', '/#/myna/?capture=1')
    installCaptureMode()
    window.history.replaceState(null, '', '/')
    expect(document.documentElement.dataset.capture).toBe('on')
  })

  it('drops the parameter from the address and still opens the screen, with ?scenario= too', async () => {
    const { router } = await mountApp('/myna/?scenario=linked&capture=1')
    await waitForHeading('マイナポータル')
    expect(router.currentRoute.value.fullPath).toBe('/myna/')
    expect(document.documentElement.dataset.capture).toBe('on')
  })
})
