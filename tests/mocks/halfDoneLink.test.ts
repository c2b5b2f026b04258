/**
 * A ⑤ cut off between Hello Work's answer to the redemption and Mynaportal's own write (the tab
 * closed, the request died): the two servers must still end agreeing, connected at both or at
 * neither, and つなぐ and やめる must work afterwards.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { ConnectionListBody } from '@/contracts/mynaportal'
import { MYNAPORTAL_API } from '@/contracts/sites'
import { helloworkDb } from '@mocks/hellowork/db'
import { mynaportalDb } from '@mocks/mynaportal/db'
import {
  advanceClock,
  call,
  complete,
  linkThroughProtocol,
  reachStepFive,
} from '../support/protocol'
import { helloworkConnections, subjectOf } from '../support/serverState'
import { pageDiesAt, type PageDeath } from './pageDies'

afterEach(() => {
  vi.restoreAllMocks()
})

/** ⑤ sent, and the page gone at the given moment: the request never answers the browser. */
async function completeCutOff(at: PageDeath) {
  const { completion, csrfToken } = await reachStepFive()
  pageDiesAt(at)
  // The server logs what it did not expect; here that is the point.
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const answer = await complete(completion, csrfToken)
  expect(answer.status).toBe(500)
  vi.restoreAllMocks()
  return { csrfToken }
}

function helloworkHasActiveLink(): boolean {
  return helloworkDb.read().links.some((l) => l.pending === undefined && l.sub === subjectOf())
}

const siteAction = (action: 'start' | 'stop', csrfToken: string) =>
  call(`${MYNAPORTAL_API}/connections/hellowork/${action}`, { body: { csrfToken } })

async function listedAsConnected(): Promise<boolean> {
  const list = await call<ConnectionListBody>(`${MYNAPORTAL_API}/connections`)
  expect(list.status).toBe(200)
  return list.body.connected.some((s) => s.id === 'hellowork')
}

describe('⑤ cut off after Hello Work activated the link', () => {
  it('the connections list settles it: connected at both servers', async () => {
    await completeCutOff('after-redeem')
    expect(helloworkHasActiveLink()).toBe(true)

    expect(await listedAsConnected()).toBe(true)
    expect(helloworkConnections()).toHaveLength(1)
    expect(helloworkHasActiveLink()).toBe(true)
  })

  it('settles even once the ticket has lapsed, and やめる then ends it at both', async () => {
    const { csrfToken } = await completeCutOff('after-redeem')
    await advanceClock(6)

    expect(await listedAsConnected()).toBe(true)
    expect(helloworkHasActiveLink()).toBe(true)
    expect((await siteAction('stop', csrfToken)).status).toBe(200)
    expect(helloworkConnections()).toEqual([])
    expect(helloworkHasActiveLink()).toBe(false)
  })

  it('つなぐ says already connected at Mynaportal, and after やめる つなぐ links again', async () => {
    const { csrfToken } = await completeCutOff('after-redeem')

    expect(await siteAction('start', csrfToken)).toEqual({
      status: 409,
      body: { error: { code: 'already_connected', message: MESSAGES.alreadyConnected } },
    })
    expect(helloworkConnections()).toHaveLength(1)
    expect((await siteAction('stop', csrfToken)).status).toBe(200)
    expect(helloworkHasActiveLink()).toBe(false)

    await linkThroughProtocol()
    expect(helloworkConnections()).toHaveLength(1)
    expect(helloworkHasActiveLink()).toBe(true)
  })

  it('やめる straight after the cut ends it at both', async () => {
    const { csrfToken } = await completeCutOff('after-redeem')

    expect((await siteAction('stop', csrfToken)).status).toBe(200)
    expect(await listedAsConnected()).toBe(false)
    expect(helloworkConnections()).toEqual([])
    expect(helloworkHasActiveLink()).toBe(false)
  })
})

describe('⑤ cut off before the redemption reached Hello Work', () => {
  it('is connected at neither once the ticket lapsed, and つなぐ links again', async () => {
    await completeCutOff('before-redeem')
    await advanceClock(6)

    expect(await listedAsConnected()).toBe(false)
    expect(helloworkConnections()).toEqual([])
    expect(helloworkHasActiveLink()).toBe(false)
    expect(mynaportalDb.read().completing ?? []).toEqual([])

    await linkThroughProtocol()
    expect(helloworkConnections()).toHaveLength(1)
    expect(helloworkHasActiveLink()).toBe(true)
  })
})
