/**
 * The console's clock (人物・時計): a time outside the window, or an advance that would leave it,
 * is refused next to what the trainer used, in Japanese, and the clock stays where it was.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { mountApp, userEvent, within } from '../support/app'
import { waitForHeading } from '../support/walkFlow'
import { consolePanel, openConsole, showSection, simulatorState, type User } from './support'

async function openClock(): Promise<User> {
  await mountApp('/myna/')
  await waitForHeading('マイナポータル')
  const user = userEvent.setup()
  await openConsole(user)
  await showSection(user, '人物・時計')
  return user
}

async function setClockField(user: User, value: string) {
  const field = within(consolePanel()).getByLabelText('日時（日本時間）')
  await user.clear(field)
  await user.type(field, value)
  await user.click(within(consolePanel()).getByRole('button', { name: '日時を設定' }))
  return field
}

describe('the console clock', () => {
  it('says which times it takes, beside the field', async () => {
    await openClock()
    const field = within(consolePanel()).getByLabelText('日時（日本時間）')

    expect(field.getAttribute('min')).toBe('1900-01-01T00:00:00')
    expect(field.getAttribute('max')).toBe('2200-12-31T23:59:59')
    const hint = document.getElementById(field.getAttribute('aria-describedby')!)
    expect(hint?.textContent).toContain(MESSAGES.clockWindow)
  })

  it.each(['1850-01-01T10:00', '2300-06-01T10:00'])(
    'refuses %s beside the field and leaves the clock',
    async (value) => {
      const user = await openClock()
      const before = await simulatorState()

      const field = await setClockField(user, value)

      const error = await within(consolePanel()).findByText(MESSAGES.clockOutOfRange, {
        selector: 'p.error',
      })
      expect(field.getAttribute('aria-invalid')).toBe('true')
      expect(field.getAttribute('aria-describedby')).toContain(error.id)
      expect(await simulatorState()).toEqual(before)
      expect(within(consolePanel()).queryByText(/にしました。/)).toBeNull()
    },
  )

  it('refuses an advance past the window with the server’s message, leaving the clock', async () => {
    const user = await openClock()
    await setClockField(user, '2200-12-31T23:30')
    await within(consolePanel()).findByText(
      /シミュレーター内の日時を 2200年12月31日 23:30 にしました。/,
    )
    const before = await simulatorState()

    await user.click(within(consolePanel()).getByRole('button', { name: '1時間進める' }))

    expect(await within(consolePanel()).findByText(MESSAGES.clockAdvanceOutOfRange)).toBeTruthy()
    expect(await simulatorState()).toEqual(before)
  })
})
