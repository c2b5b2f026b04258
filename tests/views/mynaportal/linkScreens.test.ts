import { describe, expect, it, onTestFinished } from 'vitest'
import { toAppPath } from '@/api/frontChannel'
import { MESSAGES } from '@/contracts/errors'
import type { FaultSetting } from '@/contracts/simulator'
import { HELLOWORK_SITE_NAME, MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { server } from '@mocks/node'
import { mountApp, screen, unmountAll, userEvent, waitFor } from '../../support/app'
import {
  authenticateLink,
  call,
  callback,
  decide,
  locationOf,
  mynaCsrf,
  mynaLogin,
  startLink,
} from '../../support/protocol'
import { waitForHeading } from '../../support/walkFlow'

const SUCCESS = `${HELLOWORK_SITE_NAME}とつながりました。`
const USE_BUTTON = `${HELLOWORK_SITE_NAME}を利用する`

/** Steps ①–④ through the protocol: the app path of つながり完了, ticket included. */
async function completionPath(): Promise<string> {
  const csrfToken = await mynaLogin()
  await startLink(csrfToken)
  locationOf(await callback(await decide('allow')))
  const path = toAppPath(locationOf(await authenticateLink()).href)
  expect(path).toMatch(/^\/myna\/connections\/complete\?ticket=/)
  return path!
}

function recordPosts(url: string): string[] {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && request.url === url) seen.push(request.url)
  }
  server.events.on('request:start', listener)
  onTestFinished(() => void server.events.removeListener('request:start', listener))
  return seen
}

async function setFault(setting: FaultSetting) {
  const answer = await call(`${SIMULATOR_API}/faults`, { body: { site: 'mynaportal', setting } })
  expect(answer.status).toBe(200)
}

const helloworkConnected = () =>
  mynaportalDb
    .read()
    .connections.some((c) => c.userId === 'myna-user-1' && c.siteId === 'hellowork')

describe('Mynaportal つながり完了', () => {
  it('redeems the ticket once, drops it from the address, and offers 利用する', async () => {
    const path = await completionPath()
    const posts = recordPosts(`${MYNAPORTAL_API}/connections/complete`)
    const { router } = await mountApp(path)
    await waitForHeading('つながり完了')
    expect(await screen.findByText(SUCCESS)).toBeTruthy()
    await waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe('/myna/connections/complete'),
    )
    expect(screen.getByRole('button', { name: USE_BUTTON })).toBeTruthy()
    expect(posts).toHaveLength(1)
    expect(helloworkConnected()).toBe(true)
  })

  it('signs in to 求職者マイページ with 利用する (single sign-on)', async () => {
    const { router } = await mountApp(await completionPath())
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: USE_BUTTON }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-mypage-home'), 5000)
  })

  it('shows the confirmed connection again after a reload, without a ticket', async () => {
    await mountApp(await completionPath())
    await screen.findByText(SUCCESS)
    unmountAll()
    const posts = recordPosts(`${MYNAPORTAL_API}/connections/complete`)
    await mountApp('/myna/connections/complete')
    expect(await screen.findByText(SUCCESS)).toBeTruthy()
    expect(screen.getByRole('button', { name: USE_BUTTON })).toBeTruthy()
    expect(posts).toEqual([])
  })

  it('shows the flow-invalid message, and no success, when opened directly', async () => {
    await mynaLogin()
    await mountApp('/myna/connections/complete')
    await waitForHeading('つながり完了')
    expect(await screen.findByText(MESSAGES.flowInvalid)).toBeTruthy()
    expect(screen.queryByText(SUCCESS)).toBeNull()
    expect(screen.queryByRole('button', { name: USE_BUTTON })).toBeNull()
    expect(screen.getByRole('link', { name: /もっとつながる/ }).getAttribute('href')).toBe(
      '/myna/connections',
    )
  })

  it.each([
    [
      'やめる in another tab came first',
      async (csrfToken: string) => {
        await call(`${MYNAPORTAL_API}/connections/hellowork/stop`, { body: { csrfToken } })
      },
      MESSAGES.linkCancelled,
    ],
    [
      'another tab’s つなぐ replaced it',
      async (csrfToken: string) => {
        await startLink(csrfToken)
        locationOf(await callback(await decide('allow')))
        expect((await authenticateLink()).status).toBe(200)
      },
      MESSAGES.linkSuperseded,
    ],
  ])('says the sites are not connected when %s, and connects nothing', async (_, other, text) => {
    const path = await completionPath()
    await other(await mynaCsrf())

    await mountApp(path)
    await waitForHeading('つながり完了')

    expect(await screen.findByText('つながりは完了していません')).toBeTruthy()
    expect(screen.getByText(text)).toBeTruthy()
    expect(screen.queryByText(SUCCESS)).toBeNull()
    expect(screen.queryByRole('button', { name: USE_BUTTON })).toBeNull()
    expect(screen.getByRole('link', { name: 'もっとつながるへ戻る' }).getAttribute('href')).toBe(
      '/myna/connections',
    )
    expect(helloworkConnected()).toBe(false)
  })

  it('keeps the ticket through an injected failure so that 再試行 completes the link', async () => {
    const path = await completionPath()
    await setFault({ mode: 'error', endpoints: ['/connections/complete'], latencyMs: 0 })
    const { router } = await mountApp(path)
    const retry = await screen.findByRole('button', { name: '再試行' })
    expect(screen.queryByText(SUCCESS)).toBeNull()
    expect(router.currentRoute.value.query.ticket).toBeTruthy()
    expect(helloworkConnected()).toBe(false)

    await setFault({ mode: 'none', endpoints: [], latencyMs: 0 })
    await userEvent.setup().click(retry)
    expect(await screen.findByText(SUCCESS)).toBeTruthy()
    await waitFor(() => expect(router.currentRoute.value.query.ticket).toBeUndefined())
    expect(helloworkConnected()).toBe(true)
  })
})

describe('Mynaportal 同意確認 and the authorization page', () => {
  it('shows the flow-invalid message when 同意確認 is opened without a request', async () => {
    await mynaLogin()
    await mountApp('/myna/connections/consent')
    await waitForHeading('同意確認')
    expect(await screen.findByText(MESSAGES.flowInvalid)).toBeTruthy()
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull()
  })

  it('names the site and what it receives, then 同意 goes on to Hello Work', async () => {
    const csrfToken = await mynaLogin()
    await startLink(csrfToken)
    const { router } = await mountApp('/myna/connections/consent')
    expect(await screen.findByText(HELLOWORK_SITE_NAME)).toBeTruthy()
    expect(screen.getByRole('listitem').textContent).toContain('利用者識別子')
    await userEvent.setup().click(screen.getByRole('button', { name: '同意' }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-link-authenticate'), 5000)
  })

  it.each([
    ['an unknown client', '?client_id=unknown', MESSAGES.invalidClient],
    [
      'a redirect_uri that is not registered',
      `?client_id=hellowork&redirect_uri=${encodeURIComponent('https://evil.example/cb')}`,
      MESSAGES.invalidRequest,
    ],
  ])('shows an error page, never a redirect, for %s', async (_case, query, message) => {
    await mynaLogin()
    const { router } = await mountApp(`/myna/authorize${query}`)
    expect(await screen.findByText(message)).toBeTruthy()
    expect(router.currentRoute.value.name).toBe('myna-authorize')
    expect(screen.getByRole('link', { name: 'もっとつながるへ戻る' }).getAttribute('href')).toBe(
      '/myna/connections',
    )
    expect(screen.queryByRole('button', { name: '再試行' })).toBeNull()
  })
})
