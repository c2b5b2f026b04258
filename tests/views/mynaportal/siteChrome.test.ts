import { describe, expect, it } from 'vitest'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { mountApp, screen, userEvent, waitFor, within } from '../../support/app'
import { call, mynaLogin } from '../../support/protocol'
import { waitForHeading } from '../../support/walkFlow'

describe('Mynaportal top page, トップページ and the site header', () => {
  it('shows the public top page with exactly one ログイン link and no user', async () => {
    const { router } = await mountApp('/myna/')
    await waitForHeading('マイナポータル')
    expect(screen.getAllByRole('link', { name: 'ログイン' })).toHaveLength(1)
    expect(screen.queryByRole('link', { name: 'トップページ' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'ログアウト' })).toBeNull()
    expect(screen.getByRole('banner').textContent).toContain('マイナポータル')
    expect(screen.getByRole('contentinfo').textContent).toContain('実在のサービスではありません')

    await userEvent.setup().click(screen.getByRole('link', { name: 'ログイン' }))
    await waitForHeading('ログイン')
    expect(router.currentRoute.value.name).toBe('myna-login')
  })

  it('offers トップページ on the top page to someone still signed in', async () => {
    await mynaLogin()
    await mountApp('/myna/')
    const link = await screen.findByRole('link', { name: 'トップページ' })
    expect(link.getAttribute('href')).toBe('/myna/home')
    expect(screen.getAllByRole('link', { name: 'ログイン' })).toHaveLength(1)
  })

  it('greets the user on トップページ, with one もっとつながる link and no dead links', async () => {
    await mynaLogin()
    const { router } = await mountApp('/myna/home')
    await waitForHeading('トップページ')
    expect(screen.getByText('明日 勇気さん')).toBeTruthy()
    expect(within(screen.getByRole('banner')).getByText('明日 勇気 様')).toBeTruthy()
    expect(screen.getAllByRole('link', { name: 'もっとつながる' })).toHaveLength(1)
    const main = screen.getByRole('main')
    for (const link of within(main).getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^\/myna\//)
    }
    expect(
      within(main).getAllByText('このシミュレーターでは利用できません').length,
    ).toBeGreaterThan(0)

    await userEvent.setup().click(screen.getByRole('link', { name: 'もっとつながる' }))
    await waitForHeading('もっとつながる')
    expect(router.currentRoute.value.name).toBe('myna-connections')
  })

  it('shows ログイン, and nothing of the user, for a protected screen opened without a session', async () => {
    const { router } = await mountApp('/myna/connections')
    await waitForHeading('ログイン')
    expect(router.currentRoute.value.name).toBe('myna-login')
    expect(screen.queryByRole('heading', { name: 'つながっているウェブサイト' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'ログアウト' })).toBeNull()
  })

  it('asks before logging out: キャンセル keeps the session, ログアウト ends it', async () => {
    await mynaLogin()
    const { router } = await mountApp('/myna/home')
    await waitForHeading('トップページ')
    const user = userEvent.setup()

    await user.click(screen.getByRole('button', { name: 'ログアウト' }))
    let dialog = screen.getByRole('dialog', { name: 'ログアウトしますか？' })
    await user.click(within(dialog).getByRole('button', { name: 'キャンセル' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(router.currentRoute.value.name).toBe('myna-home')
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(200)

    await user.click(screen.getByRole('button', { name: 'ログアウト' }))
    dialog = screen.getByRole('dialog', { name: 'ログアウトしますか？' })
    await user.click(within(dialog).getByRole('button', { name: 'ログアウト' }))
    await waitForHeading('マイナポータル')
    expect(router.currentRoute.value.name).toBe('myna-top')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'ログアウト' })).toBeNull())
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(401)
  })

  it('closes the logout question with Escape and returns focus to its button', async () => {
    await mynaLogin()
    await mountApp('/myna/home')
    await waitForHeading('トップページ')
    const user = userEvent.setup()
    const opener = screen.getByRole('button', { name: 'ログアウト' })
    await user.click(opener)
    expect(opener.getAttribute('aria-expanded')).toBe('true')
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('dialog')))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(opener))
  })
})
