import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { HELLOWORK_TARGETS } from '@/contracts/hellowork'
import { MYNAPORTAL_ISSUER } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { decide, loadScenario, mynaLogin, startLink } from '../../support/protocol'
import { mountApp, screen, userEvent, waitFor } from '../../support/app'
import { injectFault, settleRequests } from './support'

describe('the forwarding screens (auth/initiate and auth/callback)', () => {
  it('opens a transaction and forwards to Mynaportal’s authorization, replacing itself', async () => {
    await loadScenario('unlinked')
    const query = new URLSearchParams({
      iss: MYNAPORTAL_ISSUER,
      target_link_uri: HELLOWORK_TARGETS.link,
    })
    const { router } = await mountApp('/hw/')
    await router.push(`/hw/auth/initiate?${query}`)

    await waitFor(() => expect(router.currentRoute.value.meta.site).toBe('mynaportal'))
    expect(helloworkDb.read().transactions).toHaveLength(1)
    await settleRequests()
    router.back()
    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-top'))
  })

  it('refuses an initiation from an unknown issuer, without 再試行 and without a transaction', async () => {
    const query = new URLSearchParams({
      iss: 'https://evil.example',
      target_link_uri: HELLOWORK_TARGETS.link,
    })
    await mountApp(`/hw/auth/initiate?${query}`)

    expect(await screen.findByText(MESSAGES.invalidRequest, {}, { timeout: 3000 })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '再試行' })).toBeNull()
    expect(helloworkDb.read().transactions).toHaveLength(0)
  })

  it('shows the flow-invalid message for a callback with a state this browser never sent', async () => {
    const query = new URLSearchParams({ code: 'forged', state: 'forged', iss: MYNAPORTAL_ISSUER })
    await mountApp(`/hw/auth/callback?${query}`)

    expect(await screen.findByText(MESSAGES.flowInvalid, {}, { timeout: 3000 })).toBeTruthy()
    expect(
      screen.getByRole('link', { name: 'マイナポータルの「もっとつながる」へ戻る' }),
    ).toBeTruthy()
  })

  it('offers 再試行 when Mynaportal’s token endpoint fails, and reaches ④ on the retry', async () => {
    await loadScenario('unlinked')
    await startLink(await mynaLogin())
    const response = await decide('allow')
    await injectFault('mynaportal', 'error', ['/token'])
    const { router } = await mountApp(`/hw/auth/callback${response.search}`)

    const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(alert.textContent).toContain(MESSAGES.upstream('マイナポータル'))
    await injectFault('mynaportal', 'none')
    await userEvent.setup().click(screen.getByRole('button', { name: '再試行' }))

    await waitFor(() => expect(router.currentRoute.value.name).toBe('hw-link-authenticate'))
    expect(await screen.findByLabelText(/^メールアドレス/, {}, { timeout: 3000 })).toBeTruthy()
    expect(router.currentRoute.value.fullPath).not.toMatch(/code=/)
    await settleRequests()
  })
})
