import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { HELLOWORK_ORIGIN, SIMULATOR_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, settle, userEvent, waitFor } from '../../support/app'
import { countRequests, injectFault, reachLinkAuthenticate, settleRequests } from './support'

// The badge 必須 is part of each label's text, so labels are matched from their start.
const emailField = () => screen.getByLabelText(/^メールアドレス/)
const passwordField = () => screen.getByLabelText(/^パスワード/)

async function openForm(scenario?: Parameters<typeof reachLinkAuthenticate>[0]) {
  await reachLinkAuthenticate(scenario)
  const app = await mountApp('/hw/link/authenticate')
  await screen.findByRole('button', { name: '同意' }, { timeout: 3000 })
  return app
}

async function submit(email: string, password: string) {
  const user = userEvent.setup()
  await user.clear(emailField())
  if (email) await user.type(emailField(), email)
  await user.clear(passwordField())
  if (password) await user.type(passwordField(), password)
  await user.click(screen.getByRole('button', { name: '同意' }))
  await settle()
}

describe('マイページ属性連携認証 (step ④)', () => {
  it('shows the manual’s heading, the instruction, both required fields and the practice account', async () => {
    await openForm()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('マイページ属性連携認証')
    expect(
      screen.getByText(
        'マイナポータルと求職者マイページをつなぐため、アカウントとして登録したメールアドレスとパスワードを入力し、「同意」ボタンをクリックしてください。',
      ),
    ).toBeTruthy()
    expect(emailField().getAttribute('type')).toBe('email')
    expect(emailField().getAttribute('autocomplete')).toBe('username')
    expect(passwordField().getAttribute('type')).toBe('password')
    expect(passwordField().getAttribute('autocomplete')).toBe('current-password')
    expect(screen.getAllByText('必須')).toHaveLength(2)
    expect(screen.getByText(PRACTICE_PERSONA.email)).toBeTruthy()
    expect(screen.getByText(PRACTICE_PERSONA.password)).toBeTruthy()
  })

  it('hints the e-mail the trainer console gave the persona, not the default one', async () => {
    await reachLinkAuthenticate()
    await fetch(`${SIMULATOR_API}/persona`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...PRACTICE_PERSONA, email: 'renshu@example.jp' }),
    })
    await mountApp('/hw/link/authenticate')
    await screen.findByRole('button', { name: '同意' }, { timeout: 3000 })

    expect(screen.getByText('renshu@example.jp')).toBeTruthy()
    expect(screen.queryByText(PRACTICE_PERSONA.email)).toBeNull()
  })

  it('points out empty fields under each field and in a focused summary, without sending anything', async () => {
    await openForm()
    const sent = await countRequests(HELLOWORK_ORIGIN, () => submit('', ''))

    expect(sent).toBe(0)
    const summary = screen.getByRole('alert', { name: MESSAGES.validationSummary })
    expect(document.activeElement).toBe(summary)
    for (const [field, message] of [
      [emailField(), MESSAGES.emailRequired],
      [passwordField(), MESSAGES.passwordRequired],
    ] as const) {
      expect(field.getAttribute('aria-invalid')).toBe('true')
      const describedBy = field.getAttribute('aria-describedby') ?? ''
      expect(describedBy).not.toBe('')
      const description = describedBy
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim())
      expect(description).toContain(message)
      expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe(`#${field.id}`)
    }
  })

  it('rejects an address that is not an e-mail address, and clears the error once corrected', async () => {
    await openForm()
    const sent = await countRequests(HELLOWORK_ORIGIN, () => submit('yuki.ashita', 'x'))
    expect(sent).toBe(0)
    expect(screen.getAllByText(MESSAGES.emailFormat).length).toBeGreaterThan(0)
    expect(passwordField().getAttribute('aria-invalid')).toBeNull()

    await submit(PRACTICE_PERSONA.email, 'wrong-password')
    expect(emailField().getAttribute('aria-invalid')).toBeNull()
    expect(screen.queryByText(MESSAGES.emailFormat)).toBeNull()
    // The corrected address is sent; its answer must arrive inside this test, not the next one.
    expect((await screen.findByRole('alert')).textContent).toContain(MESSAGES.credentialsInvalid)
  })

  it('gives the same message for a wrong password and for an unknown e-mail address', async () => {
    await openForm()
    await submit(PRACTICE_PERSONA.email, 'wrong-password')
    const wrongPassword = (await screen.findByRole('alert')).textContent
    await submit('nobody@example.jp', PRACTICE_PERSONA.password)
    const unknownEmail = (await screen.findByRole('alert')).textContent

    expect(wrongPassword).toContain(MESSAGES.credentialsInvalid)
    expect(unknownEmail).toBe(wrongPassword)
    expect(helloworkDb.read().links).toHaveLength(0)
  })

  it('locks the account after 5 failures, and then refuses even the right password', async () => {
    await openForm()
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submit(PRACTICE_PERSONA.email, `wrong-${attempt}`)
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toContain(MESSAGES.credentialsInvalid),
      )
    }
    await submit(PRACTICE_PERSONA.email, 'wrong-5')
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(MESSAGES.accountLocked),
    )

    await submit(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(MESSAGES.accountLocked),
    )
    expect(helloworkDb.read().links).toHaveLength(0)
  })

  it('refuses an account already linked to another Mynaportal user, leaving that link intact', async () => {
    await openForm('linked-elsewhere')
    const before = helloworkDb.read().links
    await submit(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(MESSAGES.linkedElsewhere),
    )
    expect(helloworkDb.read().links).toEqual(before)
  })

  it('links with the right account and goes on to Mynaportal’s つながり完了', async () => {
    const { router } = await openForm()
    await submit(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)

    await waitFor(() => expect(router.currentRoute.value.name).toBe('myna-connection-complete'))
    expect(helloworkDb.read().links).toHaveLength(1)
    await settleRequests()
  })

  it('shows the flow-invalid message and no form when opened without a transaction', async () => {
    await mountApp('/hw/link/authenticate')
    expect(await screen.findByText(MESSAGES.flowInvalid, {}, { timeout: 3000 })).toBeTruthy()
    expect(screen.queryByLabelText(/^パスワード/)).toBeNull()
    expect(screen.queryByRole('button', { name: '同意' })).toBeNull()
    expect(
      screen.getByRole('link', { name: 'マイナポータルの「もっとつながる」へ戻る' }),
    ).toBeTruthy()
  })

  it('offers 再試行 when Hello Work fails, and links on the retry once it works again', async () => {
    const { router } = await openForm()
    await injectFault('hellowork', 'error', ['/link/authenticate'])
    await submit(PRACTICE_PERSONA.email, PRACTICE_PERSONA.password)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(MESSAGES.serverError('ハローワークインターネットサービス'))
    expect(helloworkDb.read().links).toHaveLength(0)

    await injectFault('hellowork', 'none')
    await userEvent.setup().click(screen.getByRole('button', { name: '再試行' }))
    await waitFor(() => expect(router.currentRoute.value.name).toBe('myna-connection-complete'))
    expect(helloworkDb.read().links).toHaveLength(1)
    await settleRequests()
  })
})
