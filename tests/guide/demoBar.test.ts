import { beforeEach, describe, expect, it } from 'vitest'
import { linkFlow } from '@/flows'
import { installCaptureMode } from '@/simulator/captureMode'
import { mountApp, screen, settle, userEvent, waitFor } from '../support/app'
import { waitForHeading } from '../support/walkFlow'

const MARKER = '練習用シミュレーター（実在のサービスではありません）'

const demoBar = () => screen.queryByRole('complementary', { name: 'シミュレーターの表示' })
const guidePanel = () => screen.queryByRole('complementary', { name: 'ガイド' })

beforeEach(() => {
  sessionStorage.clear()
  installCaptureMode('')
})

describe('the demo marker', () => {
  it.each([
    ['/', 'マイナポータル連携シミュレーター'],
    ['/myna/', 'マイナポータル'],
    ['/hw/', 'ハローワークインターネットサービス'],
  ])('says on %s that this is a practice copy, outside the page’s main', async (path, heading) => {
    await mountApp(path)
    await waitForHeading(heading)
    const bar = demoBar()
    expect(bar?.textContent?.trim()).toBe(MARKER)
    expect(bar?.closest('main')).toBeNull()
  })

  it('stays on across an in-app navigation from site to site', async () => {
    const { router } = await mountApp('/myna/')
    await router.push('/hw/')
    await waitForHeading('ハローワークインターネットサービス')
    expect(demoBar()).not.toBeNull()
  })

  it('is gone with ?capture=1, with the guide, across navigations until ?capture=0', async () => {
    const { router } = await mountApp('/?capture=1')
    await waitForHeading('マイナポータル連携シミュレーター')
    expect(demoBar()).toBeNull()

    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: `${linkFlow.title}をガイド付きで始める` }))
    await waitForHeading('マイナポータル')
    await settle()
    expect(router.currentRoute.value.fullPath).toBe('/myna/')
    expect(demoBar()).toBeNull()
    expect(guidePanel()).toBeNull()
    expect(document.querySelector('[data-guide-target]')).toBeNull()

    await router.push('/myna/login?capture=0')
    await waitForHeading('ログイン')
    expect(router.currentRoute.value.fullPath).toBe('/myna/login')
    expect(demoBar()?.textContent?.trim()).toBe(MARKER)
    // The coach is loaded on demand (TheGuide.vue), so it appears a moment after.
    await waitFor(() => expect(guidePanel()).not.toBeNull())
  })
})
