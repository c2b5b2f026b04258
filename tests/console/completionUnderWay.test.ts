/**
 * A つながり完了 (⑤) that Mynaportal recorded as under way and never settled (the tab closed
 * after Hello Work redeemed the ticket): the console's data says so in a trainer's words instead
 * of 「なし」, shows no ticket, and shows 「あり」 once the next もっとつながる has settled it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ServerDataBody } from '@/contracts/serverData'
import { SIMULATOR_API } from '@/contracts/sites'
import { mynaportalDb } from '@mocks/mynaportal/db'
import { mountApp, userEvent, within } from '../support/app'
import { call, complete, reachStepFive } from '../support/protocol'
import { waitForHeading } from '../support/walkFlow'
import { pageDiesAt } from '../mocks/pageDies'
import { consolePanel, openConsole, showSection } from './support'

afterEach(() => {
  vi.restoreAllMocks()
})

/** ⑤ sent, and the page gone after Hello Work activated the link, before Mynaportal wrote it. */
async function cutOffAfterRedeem(): Promise<void> {
  const { completion, csrfToken } = await reachStepFive()
  pageDiesAt('after-redeem')
  // The server logs the write that never happened; here that is the point.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  expect((await complete(completion, csrfToken)).status).toBe(500)
  vi.restoreAllMocks()
}

async function mynaportalRow(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await showSection(user, 'データ')
  const section = within(consolePanel()).getByRole('region', { name: 'マイナポータル' })
  return within(section).findByRole('listitem', { name: '明日 勇気' })
}

describe('a ⑤ under way in the console’s data', () => {
  it('is shown as under way, with what settles it, and without its ticket', async () => {
    await cutOffAfterRedeem()
    await mountApp('/hw/')
    await waitForHeading('ハローワークインターネットサービス')
    const user = userEvent.setup()
    await openConsole(user)
    const row = await mynaportalRow(user)

    expect(row.textContent?.replace(/\s+/g, ' ')).toContain(
      'ハローワークとのつながり: 完了処理中（つながり完了⑤が2021年9月22日 10:00に始まり、記録の途中です。' +
        'この利用者が次に「もっとつながる」を開くと、ハローワークの答えに合わせて「あり」か「なし」に確定します）',
    )
    expect(within(row).queryByRole('button', { name: 'つながりを追加' })).toBeNull()

    const ticket = mynaportalDb.read().completing![0]!.ticket
    const answer = await call<ServerDataBody>(`${SIMULATOR_API}/data`)
    expect(answer.body.mynaportal.completing).toEqual([
      { userId: 'myna-user-1', siteId: 'hellowork', startedAt: expect.any(String) },
    ])
    expect(JSON.stringify(answer.body)).not.toContain(ticket)
  })

  it('shows あり once もっとつながる has settled it', async () => {
    await cutOffAfterRedeem()

    await mountApp('/myna/connections')
    await waitForHeading('もっとつながる')
    const user = userEvent.setup()
    await openConsole(user)
    const row = await mynaportalRow(user)

    expect(row.textContent?.replace(/\s+/g, ' ')).toContain('ハローワークとのつながり: あり（')
    expect(row.textContent).not.toContain('完了処理中')
    expect(mynaportalDb.read().completing).toBeUndefined()
  })
})
