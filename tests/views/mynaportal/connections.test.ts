import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { FaultSetting } from '@/contracts/simulator'
import { HELLOWORK_SITE_NAME, SIMULATOR_API } from '@/contracts/sites'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, userEvent, waitFor, within } from '../../support/app'
import { call, loadScenario, mynaLogin } from '../../support/protocol'
import { waitForHeading } from '../../support/walkFlow'

const CONNECTED = 'つながっているウェブサイト'
const NOT_CONNECTED = 'つながっていないウェブサイト'
const ETAX = 'e-Tax（国税電子申告・納税システム）'

const section = (name: string) => screen.getByRole('region', { name })
const row = (sectionName: string, site: string) =>
  within(section(sectionName)).getByRole('listitem', { name: site })
const siteNames = (sectionName: string) =>
  within(section(sectionName))
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('h3')?.textContent?.trim())

async function setFault(setting: FaultSetting) {
  const answer = await call(`${SIMULATOR_API}/faults`, { body: { site: 'mynaportal', setting } })
  expect(answer.status).toBe(200)
}

async function openConnections() {
  await mynaLogin()
  const app = await mountApp('/myna/connections')
  await waitForHeading('もっとつながる')
  await screen.findByRole('region', { name: NOT_CONNECTED })
  return { ...app, user: userEvent.setup() }
}

describe('Mynaportal もっとつながる', () => {
  it('lists Hello Work under つながっていないウェブサイト with つなぐ when not linked', async () => {
    await loadScenario('unlinked')
    await openConnections()
    expect(siteNames(NOT_CONNECTED)).toContain(HELLOWORK_SITE_NAME)
    expect(siteNames(CONNECTED)).not.toContain(HELLOWORK_SITE_NAME)
    const hellowork = row(NOT_CONNECTED, HELLOWORK_SITE_NAME)
    expect(within(hellowork).getByRole('button', { name: 'つなぐ' })).toBeTruthy()
    expect(within(hellowork).queryByRole('button', { name: '利用する' })).toBeNull()
    expect(within(row(CONNECTED, ETAX)).getByRole('button', { name: '利用する' })).toBeTruthy()
  })

  it('lists Hello Work under つながっているウェブサイト with 利用する when linked', async () => {
    await loadScenario('linked')
    await openConnections()
    expect(siteNames(CONNECTED)).toContain(HELLOWORK_SITE_NAME)
    expect(siteNames(NOT_CONNECTED)).not.toContain(HELLOWORK_SITE_NAME)
    const hellowork = row(CONNECTED, HELLOWORK_SITE_NAME)
    expect(within(hellowork).getByRole('button', { name: '利用する' })).toBeTruthy()
    expect(within(hellowork).queryByRole('button', { name: 'つなぐ' })).toBeNull()
    expect(hellowork.textContent).toContain('つながった日：2021年9月15日')
  })

  it.each([
    [CONNECTED, ETAX, '利用する'],
    [NOT_CONNECTED, 'ねんきんネット', 'つなぐ'],
  ])(
    'says plainly that only Hello Work is simulated when %s / %s is used',
    async (sectionName, site, button) => {
      const { router, user } = await openConnections()
      await user.click(within(row(sectionName, site)).getByRole('button', { name: button }))
      const notice = await within(row(sectionName, site)).findByRole('status')
      expect(notice.textContent).toContain(MESSAGES.siteNotSimulated)
      expect(within(notice).queryByRole('button', { name: '再試行' })).toBeNull()
      expect(router.currentRoute.value.name).toBe('myna-connections')
    },
  )

  it('goes to 同意確認 on つなぐ, and 同意しない comes back with nothing connected', async () => {
    await loadScenario('unlinked')
    const { router, user } = await openConnections()
    await user.click(
      within(row(NOT_CONNECTED, HELLOWORK_SITE_NAME)).getByRole('button', { name: 'つなぐ' }),
    )
    await waitForHeading('同意確認')
    expect(screen.getByText(HELLOWORK_SITE_NAME)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: '同意しない' }))

    await waitForHeading('もっとつながる')
    expect(router.currentRoute.value.name).toBe('myna-connections')
    await waitFor(() => expect(siteNames(NOT_CONNECTED)).toContain(HELLOWORK_SITE_NAME))
    expect(siteNames(CONNECTED)).not.toContain(HELLOWORK_SITE_NAME)
    expect(mynaportalDb.read().connections.some((c) => c.siteId === 'hellowork')).toBe(false)
    expect(helloworkDb.read().links).toHaveLength(0)
  })

  it('shows the message and the real list when つなぐ finds the site already connected', async () => {
    await loadScenario('unlinked')
    const { user } = await openConnections()
    // Another tab linked meanwhile: the server knows, this screen's list does not yet.
    await mynaportalDb.update((data) => {
      data.connections.push({ userId: 'myna-user-1', siteId: 'hellowork', connectedAt: 0 })
    })
    await user.click(
      within(row(NOT_CONNECTED, HELLOWORK_SITE_NAME)).getByRole('button', { name: 'つなぐ' }),
    )
    await waitFor(() => expect(siteNames(CONNECTED)).toContain(HELLOWORK_SITE_NAME))
    expect(row(CONNECTED, HELLOWORK_SITE_NAME).textContent).toContain(MESSAGES.alreadyConnected)
  })

  it('shows an injected failure with 再試行, which works once the failure is cleared', async () => {
    await mynaLogin()
    await setFault({ mode: 'error', endpoints: ['/connections'], latencyMs: 0 })
    await mountApp('/myna/connections')
    await waitForHeading('もっとつながる')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(MESSAGES.serverError('マイナポータル'))
    expect(screen.queryByRole('region', { name: NOT_CONNECTED })).toBeNull()

    await setFault({ mode: 'none', endpoints: [], latencyMs: 0 })
    await userEvent.setup().click(within(alert).getByRole('button', { name: '再試行' }))
    expect(await screen.findByRole('region', { name: NOT_CONNECTED })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(siteNames(NOT_CONNECTED)).toContain(HELLOWORK_SITE_NAME)
  })
})
