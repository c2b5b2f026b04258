/**
 * A session that ended after a long idle, as a person meets it: the site's login says why, and
 * after signing in the person goes on with what they were doing.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_SITE_NAME } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, userEvent, waitFor, within } from '../support/app'
import {
  advanceClock,
  hwPasswordLogin,
  loadScenario,
  mynaLogin,
  reachStepFour,
} from '../support/protocol'
import { waitForHeading } from '../support/walkFlow'

async function signInWithCard(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('暗証番号（数字4桁）'), '1234')
  await user.click(screen.getByRole('button', { name: 'ログイン' }))
}

describe('a session ended by a long idle', () => {
  it('やめる asks to sign in again, then goes on to つながりの解除 and ends the connection', async () => {
    await loadScenario('linked')
    await mynaLogin()
    await mountApp('/myna/connections/hellowork/disconnect')
    const user = userEvent.setup()
    await screen.findByRole('button', { name: '同意' })
    await advanceClock(31)

    await user.click(screen.getByRole('button', { name: '同意' }))

    await waitForHeading('ログイン')
    expect(screen.getByRole('alert').textContent).toContain(MESSAGES.sessionExpired)
    expect(helloworkDb.read().links).toHaveLength(1)
    await signInWithCard(user)
    await waitForHeading('つながりの解除')
    await user.click(await screen.findByRole('button', { name: '同意' }))
    await waitForHeading('つながりの解除完了')
    expect(helloworkDb.read().links).toEqual([])
  })

  it('a MyPage screen opened after it shows Hello Work’s login with the reason, then that screen', async () => {
    await loadScenario('linked')
    await hwPasswordLogin()
    await advanceClock(31)

    const { router } = await mountApp('/hw/mypage/messages')

    await waitForHeading('ログイン')
    expect(screen.getByRole('alert').textContent).toContain(MESSAGES.sessionExpired)
    const user = userEvent.setup()
    await waitFor(() => screen.getByLabelText(/^パスワード/))
    await user.type(screen.getByLabelText(/^メールアドレス/), 'yuki.ashita@example.jp')
    await user.type(screen.getByLabelText(/^パスワード/), 'Ashita2021')
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/hw/mypage/messages'))
  })

  it('at ④ asks to sign in again, and its way on leads to もっとつながる through the login', async () => {
    await reachStepFour()
    await advanceClock(31)
    await mountApp('/hw/link/authenticate')
    const user = userEvent.setup()

    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain(MESSAGES.sessionExpired)
    await user.click(screen.getByRole('link', { name: 'マイナポータルにもう一度ログインする' }))
    await waitForHeading('ログイン')
    await signInWithCard(user)
    await waitForHeading('もっとつながる')
    await waitFor(() =>
      within(screen.getByRole('region', { name: 'つながっていないウェブサイト' })).getByText(
        HELLOWORK_SITE_NAME,
        { exact: false },
      ),
    )
  })
})
