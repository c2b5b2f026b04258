/** A damaged stored document is named on the launcher and in the console, in Japanese. */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import { storageKey } from '@mocks/shared/persistence'
import { seedServers } from '../support/protocol'
import { mountApp, screen, userEvent, within } from '../support/app'
import { openConsole } from './support'

const MESSAGE = MESSAGES.storageReset(['ハローワークのデータ'])

describe('the notice of stored data that was reset', () => {
  it('names the reset document on the launcher and in the console', async () => {
    await seedServers()
    localStorage.setItem(storageKey('hellowork'), '{"schemaVersion":2,"data":null}')

    await mountApp('/')

    expect(await screen.findByText(MESSAGE)).toBeTruthy()
    const panel = await openConsole(userEvent.setup())
    expect(await within(panel).findByText(MESSAGE)).toBeTruthy()
  })
})
