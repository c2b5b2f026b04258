/**
 * A screen opened again shows what it showed last while it asks the server again, and only within
 * one session: after a logout, the next person's screens start empty. Each test holds one answer
 * back at the network (MSW) to look at the screen while that request is on its way.
 */
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import {
  HELLOWORK_API,
  HELLOWORK_SITE_NAME,
  MYNAPORTAL_API,
  SIMULATOR_API,
} from '@/contracts/sites'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { server } from '@mocks/node'
import { mountApp, screen, userEvent, waitFor, within } from '../support/app'
import { call, loadScenario, mynaLogin } from '../support/protocol'
import { waitForHeading } from '../support/walkFlow'
import { settleRequests, signInBySso } from './hellowork/support'

/** Holds the next answers to `url` until released; `asked` once a request for it has come in. */
function holdAnswers(url: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const held = { asked: false, release }
  server.use(
    http.get(url, async () => {
      held.asked = true
      await released
      // Nothing returned: the request goes on to the server's own handler.
    }),
  )
  return held
}

const WAITING = '読み込んでいます…'
const nav = () => screen.getByRole('navigation', { name: '求職者マイページ' })

async function openMypageHome() {
  const app = await mountApp('/hw/mypage')
  await waitForHeading('求職者マイページホーム')
  await screen.findByText(`${PRACTICE_PERSONA.displayName}様`)
  return { ...app, user: userEvent.setup() }
}

describe('a screen opened again', () => {
  it('shows the MyPage home as last seen while asking the server again', async () => {
    await signInBySso()
    const { user } = await openMypageHome()
    await user.click(within(nav()).getByRole('link', { name: 'メッセージ' }))
    await waitForHeading('メッセージ')

    const home = holdAnswers(`${HELLOWORK_API}/mypage/home`)
    await user.click(within(nav()).getByRole('link', { name: 'ホーム' }))
    await waitForHeading('求職者マイページホーム')
    await waitFor(() => expect(home.asked).toBe(true))
    expect(screen.getByText(`${PRACTICE_PERSONA.displayName}様`)).toBeTruthy()
    expect(screen.queryByText(WAITING)).toBeNull()

    home.release()
    await settleRequests()
    expect(screen.getByText(`${PRACTICE_PERSONA.displayName}様`)).toBeTruthy()
  })

  it('shows もっとつながる’s list as last seen while asking the server again', async () => {
    await loadScenario('linked')
    await mynaLogin()
    const { router } = await mountApp('/myna/connections')
    const connected = () => screen.getByRole('region', { name: 'つながっているウェブサイト' })
    await waitFor(() => within(connected()).getByRole('listitem', { name: HELLOWORK_SITE_NAME }))
    await router.push('/myna/home')
    await waitForHeading('トップページ')

    const list = holdAnswers(`${MYNAPORTAL_API}/connections`)
    await router.push('/myna/connections')
    await waitForHeading('もっとつながる')
    await waitFor(() => expect(list.asked).toBe(true))
    expect(within(connected()).getByRole('listitem', { name: HELLOWORK_SITE_NAME })).toBeTruthy()
    expect(screen.queryByText('つながりの一覧を読み込んでいます…')).toBeNull()

    list.release()
    await settleRequests()
  })

  it('shows nothing of the last session after a logout and another person’s sign-in', async () => {
    await signInBySso()
    const { router, user } = await openMypageHome()
    await user.click(screen.getByRole('button', { name: 'ログアウト' }))
    await waitForHeading('ハローワークインターネットサービス')

    // Another person signs in on the same page.
    const { email, officeName } = PRACTICE_PERSONA
    await signInBySso()
    const renamed = await call(`${SIMULATOR_API}/persona`, {
      body: { displayName: '試験 花子', email, officeName },
    })
    expect(renamed.status).toBe(200)
    const home = holdAnswers(`${HELLOWORK_API}/mypage/home`)
    await router.push('/hw/mypage')
    await waitForHeading('求職者マイページホーム')
    await waitFor(() => expect(home.asked).toBe(true))
    expect(screen.getByText(WAITING)).toBeTruthy()
    expect(screen.queryByText(`${PRACTICE_PERSONA.displayName}様`)).toBeNull()
    expect(screen.queryByText(/前回のログイン日時/)).toBeNull()

    home.release()
    await screen.findByText('試験 花子様')
    expect(screen.queryByText(`${PRACTICE_PERSONA.displayName}様`)).toBeNull()
    await settleRequests()
  })
})
