/**
 * The session guard asks Mynaportal who is signed in on every navigation to a screen with the
 * user's data, except the one navigation that follows an action the server has just accepted
 * with this session (the login, the unlink): that answer already said so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HELLOWORK_API, HELLOWORK_SITE_NAME, MYNAPORTAL_API } from '@/contracts/sites'
import { awaitMynaportalSession, mountApp, screen, userEvent } from '../support/app'
import { useHelloworkStore } from '@/stores/hellowork'
import { useMynaportalStore } from '@/stores/mynaportal'
import { loadScenario, mynaLogin } from '../support/protocol'
import { recordRequests } from '../support/requests'
import { findTarget, waitForHeading } from '../support/walkFlow'

const SESSION = `GET ${MYNAPORTAL_API}/session`
const HW_SESSION = `GET ${HELLOWORK_API}/session`

afterEach(() => vi.restoreAllMocks())

async function signInThroughTheScreen() {
  await loadScenario('unlinked')
  const app = await mountApp('/myna/login')
  const user = userEvent.setup()
  await screen.findByRole('radio', { name: '明日 勇気' })
  await awaitMynaportalSession()
  await user.type(screen.getByLabelText('暗証番号（数字4桁）'), '1234')
  return { ...app, user }
}

describe('the session guard after an action', () => {
  it('opens トップページ on the login’s own answer, and asks again on the next navigation', async () => {
    const { user } = await signInThroughTheScreen()
    const requests = recordRequests()
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await waitForHeading('トップページ')
    expect(requests).toEqual([`POST ${MYNAPORTAL_API}/login`])

    await user.click(screen.getByRole('link', { name: 'もっとつながる' }))
    await waitForHeading('もっとつながる')
    expect(requests.filter((r) => r === SESSION)).toHaveLength(1)
  })

  it('does not outlast that navigation: a session ended since is found out at the next one', async () => {
    const { router, user } = await signInThroughTheScreen()
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await waitForHeading('トップページ')
    // The trainer console starts the scenario again: the session is gone at the server.
    await loadScenario('unlinked')
    await user.click(screen.getByRole('link', { name: 'もっとつながる' }))
    await waitForHeading('ログイン')
    expect(router.currentRoute.value.name).toBe('myna-login')
  })

  it('asks the server when the navigation comes more than a second after the action', async () => {
    await loadScenario('unlinked')
    const { router } = await mountApp('/myna/')
    const store = useMynaportalStore()
    await store.login('card-ashita', '1234')
    const lapsed = performance.now() + 1001
    vi.spyOn(performance, 'now').mockReturnValue(lapsed)
    const requests = recordRequests()
    await router.push('/myna/home')
    await waitForHeading('トップページ')
    expect(requests[0]).toBe(SESSION)
  })

  it('opens つながりの解除完了 on the unlink’s own answer', async () => {
    await loadScenario('linked')
    await mynaLogin()
    await mountApp('/myna/connections/hellowork/disconnect')
    const user = userEvent.setup()
    const requests = recordRequests()
    await user.click(await screen.findByRole('button', { name: '同意' }))
    await waitForHeading('つながりの解除完了')
    expect(requests).not.toContain(SESSION)
    expect(requests).toContain(`POST ${MYNAPORTAL_API}/connections/hellowork/stop`)
  })

  it('opens 求職者マイページホーム on the single sign-on’s own answer, and asks again after it', async () => {
    await loadScenario('linked')
    await mynaLogin()
    await mountApp('/myna/connections')
    await waitForHeading('もっとつながる')
    await screen.findAllByRole('button', { name: '利用する' }, { timeout: 3000 })
    const user = userEvent.setup()
    const requests = recordRequests()
    await user.click(findTarget({ role: 'button', name: '利用する', within: HELLOWORK_SITE_NAME }))
    await waitForHeading('求職者マイページホーム', 6000)
    expect(requests).toContain(`POST ${HELLOWORK_API}/auth/callback`)
    expect(requests).not.toContain(HW_SESSION)
    expect(useHelloworkStore().displayName).toBe('明日 勇気')

    await user.click(screen.getByRole('link', { name: 'メッセージ' }))
    await waitForHeading('メッセージ')
    expect(requests.filter((r) => r === HW_SESSION)).toHaveLength(1)
  })
})
