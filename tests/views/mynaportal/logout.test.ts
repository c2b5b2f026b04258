/**
 * Mynaportal ログアウト, asked in a dialog (ログアウト / キャンセル), and what a signed-out browser
 * sees of the protected screens. The dialog's basics on トップページ (both answers, Escape) are in
 * siteChrome.test.ts; these are the screens of the やめる flow and the ones behind the login.
 */
import { describe, expect, it } from 'vitest'
import { HELLOWORK_SITE_NAME, MYNAPORTAL_API } from '@/contracts/sites'
import { PERSONA } from '@mocks/scenarios'
import { mountApp, screen, userEvent, waitFor, within } from '../../support/app'
import { call, loadScenario, mynaLogin } from '../../support/protocol'
import { helloworkConnections } from '../../support/serverState'
import { waitForHeading } from '../../support/walkFlow'

const PROTECTED_PATHS = [
  '/myna/home',
  '/myna/connections',
  '/myna/connections/consent',
  '/myna/connections/complete',
  '/myna/connections/hellowork/disconnect',
  '/myna/connections/hellowork/disconnect/complete',
]

/**
 * The login screen, and nothing of the signed-in user or of their connections. (The card picker
 * names the practice cards' holders: that is the simulated card reader, not the user's data.)
 */
async function expectLoginOnly() {
  await waitForHeading('ログイン')
  const banner = screen.getByRole('banner')
  expect(within(banner).queryByText(PERSONA.displayName, { exact: false })).toBeNull()
  expect(within(banner).queryByText('ログイン中')).toBeNull()
  expect(screen.queryByText(`${PERSONA.displayName}さん`, { exact: false })).toBeNull()
  expect(screen.queryByText(HELLOWORK_SITE_NAME, { exact: false })).toBeNull()
  expect(screen.queryByRole('button', { name: 'ログアウト' })).toBeNull()
  expect(screen.queryByRole('button', { name: '同意' })).toBeNull()
}

async function openDisconnect() {
  await loadScenario('linked')
  await mynaLogin()
  const app = await mountApp('/myna/connections/hellowork/disconnect')
  await screen.findByRole('button', { name: '同意' })
  return { ...app, user: userEvent.setup() }
}

describe('Mynaportal ログアウト', () => {
  it('keeps the session and the question on キャンセル, with focus back on ログアウト', async () => {
    const { router, user } = await openDisconnect()
    const opener = screen.getByRole('button', { name: 'ログアウト' })
    await user.click(opener)
    const dialog = screen.getByRole('dialog', { name: 'ログアウトしますか？' })
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true))

    await user.click(within(dialog).getByRole('button', { name: 'キャンセル' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(opener))
    expect(router.currentRoute.value.name).toBe('myna-disconnect')
    expect(screen.getByRole('button', { name: '同意' })).toBeTruthy()
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(200)
    expect(helloworkConnections()).toHaveLength(1)
  })

  it('shows the top page on ログアウト, and the back button then shows only the login', async () => {
    const { router, user } = await openDisconnect()
    await user.click(screen.getByRole('button', { name: 'ログアウト' }))
    const dialog = screen.getByRole('dialog', { name: 'ログアウトしますか？' })
    await user.click(within(dialog).getByRole('button', { name: 'ログアウト' }))

    await waitForHeading('マイナポータル')
    expect(router.currentRoute.value.name).toBe('myna-top')
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(401)
    expect(helloworkConnections()).toHaveLength(1)

    router.back()
    await expectLoginOnly()
    expect(router.currentRoute.value.name).toBe('myna-login')
  })

  it.each(PROTECTED_PATHS)('shows only the login for %s after ログアウト', async (path) => {
    const { router, user } = await openDisconnect()
    await user.click(screen.getByRole('button', { name: 'ログアウト' }))
    const dialog = screen.getByRole('dialog', { name: 'ログアウトしますか？' })
    await user.click(within(dialog).getByRole('button', { name: 'ログアウト' }))
    await waitForHeading('マイナポータル')

    await router.push(path)
    await expectLoginOnly()
    expect(router.currentRoute.value.name).toBe('myna-login')
  })

  it.each(PROTECTED_PATHS)('shows only the login for %s opened without a session', async (path) => {
    await loadScenario('linked')
    const { router } = await mountApp(path)
    await expectLoginOnly()
    expect(router.currentRoute.value.name).toBe('myna-login')
  })
})
