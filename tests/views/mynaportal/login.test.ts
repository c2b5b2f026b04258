import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { mynaportalDb } from '@mocks/mynaportal/db'
import {
  awaitMynaportalSession,
  mountApp,
  screen,
  userEvent,
  waitFor,
  within,
} from '../../support/app'
import { loadScenario } from '../../support/protocol'
import { recordRequests } from '../../support/requests'
import { waitForHeading } from '../../support/walkFlow'

const PIN_LABEL = '暗証番号（数字4桁）'

/** The texts the field's aria-describedby points at. */
function descriptionsOf(field: HTMLElement): string[] {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
}

async function openLogin() {
  await mountApp('/myna/login')
  await screen.findByRole('radio', { name: '明日 勇気' })
  await awaitMynaportalSession()
  return userEvent.setup()
}

async function submitPin(user: ReturnType<typeof userEvent.setup>, pin: string) {
  const field = screen.getByLabelText(PIN_LABEL)
  await user.clear(field)
  if (pin) await user.type(field, pin)
  await user.click(screen.getByRole('button', { name: 'ログイン' }))
}

describe('Mynaportal ログイン', () => {
  it('offers every simulated card with its practice PIN, the first one chosen', async () => {
    await openLogin()
    const group = screen.getByRole('group', { name: '読み取るマイナンバーカード' })
    const cards = within(group).getAllByRole('radio')
    expect(cards).toHaveLength(2)
    expect((cards[0] as HTMLInputElement).checked).toBe(true)
    expect(descriptionsOf(cards[0]!)).toEqual(['練習用暗証番号: 1234'])
    const field = screen.getByLabelText(PIN_LABEL)
    expect(field.getAttribute('type')).toBe('password')
    expect(field.getAttribute('inputmode')).toBe('numeric')
    expect(field.getAttribute('maxlength')).toBe('4')
    expect(field.getAttribute('autocomplete')).toBe('off')
  })

  it.each([
    ['an empty PIN', ''],
    ['a 3-digit PIN', '123'],
    ['a PIN with letters', '12a4'],
  ])(
    'refuses %s on the screen, wires the message to the field, focuses the summary and sends nothing',
    async (_case, pin) => {
      const user = await openLogin()
      const requests = recordRequests()
      await submitPin(user, pin)

      const field = screen.getByLabelText(PIN_LABEL)
      expect(field.getAttribute('aria-invalid')).toBe('true')
      expect(descriptionsOf(field)).toContain(MESSAGES.pinFormat)
      const summary = screen.getByRole('alert', { name: MESSAGES.validationSummary })
      await waitFor(() => expect(document.activeElement).toBe(summary))
      expect(within(summary).getByRole('link', { name: MESSAGES.pinFormat })).toBeTruthy()
      expect(requests).toEqual([])
    },
  )

  it('signs in with the practice PIN and shows トップページ with the user’s name', async () => {
    const user = await openLogin()
    await submitPin(user, '1234')
    await waitForHeading('トップページ')
    expect(screen.getByText('明日 勇気さん')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'ログアウト' })).toBeTruthy()
  })

  it('counts the tries down after a wrong PIN and clears the field', async () => {
    const user = await openLogin()
    await submitPin(user, '9999')
    await waitFor(() =>
      expect(descriptionsOf(screen.getByLabelText(PIN_LABEL))).toContain(MESSAGES.pinIncorrect(2)),
    )
    const field = screen.getByLabelText(PIN_LABEL) as HTMLInputElement
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.value).toBe('')

    await submitPin(user, '9998')
    await waitFor(() =>
      expect(descriptionsOf(screen.getByLabelText(PIN_LABEL))).toContain(MESSAGES.pinIncorrect(1)),
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ログイン')
  })

  it('locks the card on the third wrong PIN in a row, and the right PIN no longer helps', async () => {
    const user = await openLogin()
    for (const pin of ['9999', '9998']) {
      await submitPin(user, pin)
      await screen.findAllByText(MESSAGES.pinIncorrect(pin === '9999' ? 2 : 1))
    }
    await submitPin(user, '9997')
    expect(await screen.findByText(MESSAGES.pinLocked)).toBeTruthy()

    await submitPin(user, '1234')
    await waitFor(() => expect(screen.getByText(MESSAGES.pinLocked)).toBeTruthy())
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ログイン')
    expect(mynaportalDb.read().users.find((u) => u.cardId === 'card-ashita')?.pinLocked).toBe(true)
  })

  it('tells the holder of a locked card where to go (scenario pin-locked)', async () => {
    await loadScenario('pin-locked')
    const user = await openLogin()
    const requests = recordRequests()
    await submitPin(user, '1234')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(MESSAGES.pinLocked)
    expect(within(alert).queryByRole('button', { name: '再試行' })).toBeNull()
    expect(requests).toEqual([`POST ${MYNAPORTAL_API}/login`])
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ログイン')
  })
})
