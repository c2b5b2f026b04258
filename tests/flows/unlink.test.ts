import { MESSAGES } from '@/contracts/errors'
import { describe, expect, it } from 'vitest'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import { HELLOWORK_SITE_NAME, MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { unlinkFlow, screenOf } from '@/flows'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, settle, userEvent, waitFor, within } from '../support/app'
import { helloworkConnections } from '../support/serverState'
import { waitForHeading, walkFlow } from '../support/walkFlow'

const helloworkRow = (sectionName: string) =>
  within(screen.getByRole('region', { name: sectionName })).getByRole('listitem', {
    name: HELLOWORK_SITE_NAME,
  })

/** Walks やめる from its scenario and goes back to もっとつながる by the completion's link. */
async function unlinkOnScreens(scenario = unlinkFlow.scenario) {
  const app = await mountApp(`${unlinkFlow.startPath}?scenario=${scenario}`)
  const seen: string[] = []
  await walkFlow(unlinkFlow, (flowScreen, stepNumber) => {
    seen.push(`${stepNumber} ${screenOf(flowScreen).title}`)
    expect(app.router.currentRoute.value.name).toBe(flowScreen.routeName)
  })
  return { ...app, seen }
}

describe('the unlink flow (manual 3.4 (2), steps ①–④)', () => {
  it('walks every screen of the manual and ends the connection at both servers', async () => {
    const { seen } = await unlinkOnScreens()
    expect(seen).toEqual([
      '1 マイナポータル',
      '1 ログイン',
      '1 トップページ',
      '2 もっとつながる',
      '3 つながりの解除',
      '4 つながりの解除完了',
    ])
    expect(
      await screen.findByText(`${HELLOWORK_SITE_NAME}とのつながりを解除しました。`),
    ).toBeTruthy()
    expect(helloworkConnections()).toEqual([])
    expect(helloworkDb.read().links).toEqual([])
  })

  it('then lists Hello Work under つながっていない with つなぐ, and no 利用する or やめる', async () => {
    await unlinkOnScreens()
    await userEvent.setup().click(screen.getByRole('link', { name: 'もっとつながるへ戻る' }))
    await waitForHeading('もっとつながる')
    await waitFor(() => helloworkRow('つながっていないウェブサイト'))
    const row = helloworkRow('つながっていないウェブサイト')
    expect(within(row).getByRole('button', { name: 'つなぐ' })).toBeTruthy()
    expect(within(row).queryByRole('button', { name: '利用する' })).toBeNull()
    expect(within(row).queryByRole('button', { name: 'やめる' })).toBeNull()
    const connected = screen.getByRole('region', { name: 'つながっているウェブサイト' })
    expect(within(connected).queryByText(HELLOWORK_SITE_NAME)).toBeNull()
  })

  it('then logs nobody in to 求職者マイページ through a single sign-on started at Hello Work', async () => {
    const { router } = await unlinkOnScreens()
    const query = new URLSearchParams({
      iss: MYNAPORTAL_ISSUER,
      target_link_uri: HELLOWORK_TARGETS.sso,
    })
    await router.push(`/hw/auth/initiate?${query}`)
    // Mynaportal answers consent_required; the callback says to つなぐ again, signing nobody in.
    expect(await screen.findByText(MESSAGES.consentRequired, {}, { timeout: 5000 })).toBeTruthy()
    await settle()
    expect(helloworkDb.read().sessions).toEqual([])
    expect(screen.queryByRole('heading', { name: '求職者マイページホーム' })).toBeNull()
  })

  it('also ends a connection Hello Work had already lost (scenario mismatch)', async () => {
    const { seen } = await unlinkOnScreens('mismatch')
    expect(seen.at(-1)).toBe('4 つながりの解除完了')
    expect(helloworkConnections()).toEqual([])
  })

  it('leaves つながりの解除 out of the back-button history', async () => {
    const { router } = await unlinkOnScreens()
    router.back()
    await waitForHeading('もっとつながる')
    expect(router.currentRoute.value.name).toBe('myna-connections')
  })
})
