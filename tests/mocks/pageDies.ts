/**
 * The servers run in the page, so closing it (or a reload) can end a handler half way. These
 * stand in for that moment inside ⑤, the one that matters: Hello Work may have spent the ticket
 * while Mynaportal never wrote what followed.
 */
import { vi } from 'vitest'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'

export type PageDeath = 'after-redeem' | 'before-redeem'

/**
 * Once: at Mynaportal's first write after Hello Work spent a ticket (that write never happens), or
 * just after its first write while no ticket is spent yet.
 */
export function pageDiesAt(at: PageDeath): void {
  const update = mynaportalDb.update.bind(mynaportalDb)
  let armed = true
  vi.spyOn(mynaportalDb, 'update').mockImplementation(async (work) => {
    const spent = helloworkDb.read().tickets.some((t) => t.used)
    if (!armed || (at === 'after-redeem') !== spent) return update(work)
    armed = false
    if (at === 'before-redeem') await update(work)
    throw new Error('the page went away')
  })
}
