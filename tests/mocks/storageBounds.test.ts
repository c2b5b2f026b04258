/**
 * Browser storage never fills: what the servers record of a request is cut, the sequence log is
 * bounded in characters, and a write the browser refuses answers one clear error while the
 * servers go on answering.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MESSAGES, type ApiErrorBody } from '@/contracts/errors'
import type { SequenceBody } from '@/contracts/sequence'
import { HELLOWORK_API, MYNAPORTAL_API, SIMULATOR_API } from '@/contracts/sites'
import { RECORDED_TEXT_MAX } from '@mocks/shared/audit'
import { call, hwPasswordLogin, mynaLogin, seedServers } from '../support/protocol'

const MEGABYTE = 'a'.repeat(1_000_000)

function storedCharacters(): number {
  let total = 0
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index)!
    total += key.length + (localStorage.getItem(key)?.length ?? 0)
  }
  return total
}

const sequence = async () => (await call<SequenceBody>(`${SIMULATOR_API}/sequence`)).body.entries

describe('what the servers keep of a request', () => {
  it('keeps a few hundred characters of a megabyte-long field, however often it is sent', async () => {
    await seedServers()
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = await hwPasswordLogin(`${MEGABYTE}@example.jp`, MEGABYTE)
      expect(answer.status).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
      await call(`${MYNAPORTAL_API}/connections/${MEGABYTE.slice(0, 5000)}/start`, {
        body: { csrfToken: MEGABYTE },
      })
    }

    const entries = await sequence()
    expect(entries.length).toBeGreaterThan(20)
    for (const entry of entries) {
      expect(entry.path.length).toBeLessThanOrEqual(RECORDED_TEXT_MAX + 1)
      for (const value of Object.values(entry.request)) {
        expect(value.length).toBeLessThanOrEqual(RECORDED_TEXT_MAX + 1)
      }
    }
    // Before the cut, the first two requests alone stored over 2,000,000 characters.
    expect(storedCharacters()).toBeLessThan(300_000)
    expect((await hwPasswordLogin()).status).toBe(200)
  })

  it('bounds the sequence log in characters, not only in entries', async () => {
    await seedServers()
    const manyFields = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`field${i}`, 'x'.repeat(RECORDED_TEXT_MAX)]),
    )
    for (let attempt = 0; attempt < 150; attempt++) {
      await call(`${HELLOWORK_API}/login`, { body: manyFields })
    }
    const log = await call<SequenceBody>(`${SIMULATOR_API}/sequence`)
    expect(JSON.stringify(log.body).length).toBeLessThanOrEqual(520_000)
    expect(log.body.entries.length).toBeGreaterThan(10)
  })
})

describe('a write the browser refuses', () => {
  afterEach(() => localStorage.removeItem('filler'))

  function fillStorage(): void {
    // jsdom's quota, like a browser's, is about 5,000,000 characters for the page's origin.
    localStorage.setItem('filler', 'f'.repeat(5_000_000 - storedCharacters() - 'filler'.length))
  }

  it('answers one clear error, changes nothing, and the servers keep answering', async () => {
    await seedServers()
    const signedOut = await call(`${MYNAPORTAL_API}/session`)
    const errors = vi.spyOn(console, 'error')
    fillStorage()

    const refused = await call<ApiErrorBody>(`${MYNAPORTAL_API}/login`, {
      body: { cardId: 'card-ashita', pin: '1234' },
    })
    expect(refused.status).toBe(507)
    expect(refused.body.error).toMatchObject({
      code: 'storage_full',
      message: MESSAGES.storageFull,
    })
    expect(await call(`${MYNAPORTAL_API}/session`)).toEqual(signedOut)
    expect((await call(`${SIMULATOR_API}/state`)).status).toBe(200)
    expect(errors).not.toHaveBeenCalled()

    localStorage.removeItem('filler')
    await mynaLogin()
    expect((await call(`${MYNAPORTAL_API}/session`)).status).toBe(200)
  })

  it('answers the control surface in the same words', async () => {
    await seedServers()
    fillStorage()
    const refused = await call<ApiErrorBody>(`${SIMULATOR_API}/scenario`, {
      body: { name: 'linked' },
    })
    expect(refused.status).toBe(507)
    expect(refused.body.error.message).toBe(MESSAGES.storageFull)
  })
})
