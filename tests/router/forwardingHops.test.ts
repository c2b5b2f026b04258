/**
 * src/router/forwardingHops.ts: a step through the screens that only forward makes each hop's
 * request while the router decides, and draws a forwarding screen only when there is something
 * to see (a slow answer, a refusal), which then takes over that answer instead of asking again.
 */
import { describe, expect, it } from 'vitest'
import { HELLOWORK_API, HELLOWORK_SITE_NAME, MYNAPORTAL_API } from '@/contracts/sites'
import { awaitMynaportalSession, mountApp, screen, userEvent, waitFor } from '../support/app'
import { injectFault, loadScenario, mynaLogin } from '../support/protocol'
import { recordRequests } from '../support/requests'
import { findTarget, waitForHeading } from '../support/walkFlow'
import { settleRequests } from '../views/hellowork/support'

const INITIATE = `POST ${HELLOWORK_API}/auth/initiate`
const AUTHORIZE = `GET ${MYNAPORTAL_API}/authorize`

/** Every h1 the app draws from now on, in order, including ones replaced a moment later. */
function recordHeadings(): string[] {
  const drawn: string[] = []
  const observer = new MutationObserver(() => {
    const text = document.querySelector('main h1')?.textContent?.trim()
    if (text && drawn.at(-1) !== text) drawn.push(text)
  })
  observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  return drawn
}

/** ② from もっとつながる: つなぐ, as a person presses it. */
async function pressConnect(beforehand: () => Promise<void> = async () => undefined) {
  await loadScenario('unlinked')
  await mynaLogin()
  await beforehand()
  const app = await mountApp('/myna/connections')
  await awaitMynaportalSession()
  await waitForHeading('もっとつながる')
  await screen.findAllByRole('button', { name: 'つなぐ' }, { timeout: 3000 })
  const connect = findTarget({ role: 'button', name: 'つなぐ', within: HELLOWORK_SITE_NAME })
  const requests = recordRequests()
  const headings = recordHeadings()
  const shown: string[] = []
  app.router.afterEach((to) => void shown.push(String(to.name)))
  await userEvent.setup().click(connect)
  return { ...app, requests, headings, shown }
}

const sentOnce = (requests: string[], sent: string) =>
  requests.filter((request) => request.split('?')[0] === sent)

describe('the forwarding hops', () => {
  it('goes from つなぐ to 同意確認 without drawing Hello Work’s or Mynaportal’s forwarding screen', async () => {
    const { requests, headings, shown } = await pressConnect()

    await waitForHeading('同意確認')
    expect(shown).toEqual(['myna-consent'])
    expect(headings).toEqual(['同意確認'])
    // Each hop once; 同意確認 takes who is signed in from the authorize answer (sessionGuard).
    expect(requests.map((request) => request.split('?')[0])).toEqual([
      `POST ${MYNAPORTAL_API}/connections/hellowork/start`,
      INITIATE,
      AUTHORIZE,
      `GET ${MYNAPORTAL_API}/authorize/pending`,
    ])
    await settleRequests()
  })

  it('draws the waiting screen while an answer is slow, and sends the hop’s request only once', async () => {
    const { requests, headings, shown } = await pressConnect(() =>
      injectFault('hellowork', 'none', ['/auth/initiate'], 400),
    )

    expect(await screen.findByText(/しばらくお待ちください/, {}, { timeout: 3000 })).toBeTruthy()
    await waitForHeading('同意確認')
    expect(headings).toEqual(['マイナポータルと連携しています', '同意確認'])
    expect(shown).toEqual(['hw-auth-initiate', 'myna-consent'])
    expect(sentOnce(requests, INITIATE)).toHaveLength(1)
    await settleRequests()
  })

  it('draws the forwarding screen with the server’s message when a hop fails, and 再試行 asks again', async () => {
    const { requests, router } = await pressConnect(() =>
      injectFault('mynaportal', 'error', ['/authorize']),
    )

    const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(alert.textContent).toContain('マイナポータル')
    expect(router.currentRoute.value.name).toBe('myna-authorize')
    expect(sentOnce(requests, AUTHORIZE)).toHaveLength(1)

    await injectFault('mynaportal', 'none')
    await userEvent.setup().click(screen.getByRole('button', { name: '再試行' }))
    await waitForHeading('同意確認')
    await waitFor(() => expect(sentOnce(requests, AUTHORIZE)).toHaveLength(2))
    await settleRequests()
  })
})
