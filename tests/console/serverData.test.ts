/**
 * Both servers' data in the console: GET/POST SIMULATOR_API/data show users, links, transactions
 * and lock counters without secrets, and each edit changes the one thing it names or nothing.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@/contracts/errors'
import type { DataEdit, ServerDataBody } from '@/contracts/serverData'
import { SIMULATOR_API } from '@/contracts/sites'
import { linkFlow } from '@/flows'
import { helloworkDb } from '@mocks/hellowork/db'
import { mountApp, screen, userEvent, within } from '../support/app'
import {
  call,
  callback,
  errorCode,
  loadScenario,
  locationOf,
  mynaLogin,
  reachStepFour,
  seedServers,
  startSso,
} from '../support/protocol'
import {
  everything,
  helloworkConnections,
  hwAccount,
  mynaUser,
  subjectOf,
} from '../support/serverState'
import { actOn, waitForHeading } from '../support/walkFlow'
import { consolePanel, openConsole, resetToStep, showSection } from './support'

const data = () => call<ServerDataBody>(`${SIMULATOR_API}/data`)
const edit = (body: DataEdit | Record<string, unknown>) =>
  call<ServerDataBody>(`${SIMULATOR_API}/data`, { body })

describe('GET /data', () => {
  it('shows users, links, transactions and lock counters, and no hash or secret', async () => {
    await loadScenario('linked')
    await reachStepFourOfSso()
    const answer = await data()

    expect(answer.status).toBe(200)
    expect(answer.body.mynaportal.users[0]).toEqual({
      id: 'myna-user-1',
      displayName: '明日 勇気',
      cardId: 'card-ashita',
      failedPinAttempts: 0,
      pinLocked: false,
    })
    expect(answer.body.hellowork.links).toEqual([
      expect.objectContaining({ accountId: 'hw-account-1', userId: 'myna-user-1' }),
    ])
    const text = JSON.stringify(answer.body)
    const hw = helloworkDb.read()
    for (const secret of [
      hw.accounts[0]!.password.hash,
      hw.client.secret,
      hw.transactions[0]!.state,
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})

/** An SSO that stopped after Mynaportal's answer: Hello Work holds one open transaction. */
async function reachStepFourOfSso() {
  await startSso(await mynaLogin())
}

describe('POST /data', () => {
  it('locks a PIN, which the login then refuses', async () => {
    await seedServers()
    const answer = await edit({
      kind: 'myna-user',
      userId: 'myna-user-1',
      failedPinAttempts: 3,
      pinLocked: true,
    })

    expect(answer.status).toBe(200)
    expect(mynaUser()).toMatchObject({ failedPinAttempts: 3, pinLocked: true })
    await expect(mynaLogin()).rejects.toThrow('423')
  })

  it('makes the mismatch by hand: Mynaportal connected, no link at Hello Work', async () => {
    await loadScenario('linked')
    await edit({ kind: 'link', accountId: 'hw-account-1', userId: null })

    expect(helloworkDb.read().links).toEqual([])
    expect(helloworkConnections()).toHaveLength(1)
    expect(locationOf(await callback(await startSso(await mynaLogin()))).pathname).toBe(
      '/link/mismatch',
    )
  })

  it('links and connects by hand, unique both ways, and single sign-on works', async () => {
    await loadScenario('linked-elsewhere')
    await edit({ kind: 'link', accountId: 'hw-account-1', userId: 'myna-user-1' })
    await edit({ kind: 'connection', userId: 'myna-user-1', connected: true })

    expect(helloworkDb.read().links).toEqual([
      expect.objectContaining({ accountId: 'hw-account-1', sub: subjectOf('card-ashita') }),
    ])
    expect(locationOf(await callback(await startSso(await mynaLogin()))).pathname).toBe('/mypage')
  })

  it('expires an open transaction, so ④ is refused as expired', async () => {
    await reachStepFour()
    const id = helloworkDb.read().transactions[0]!.id
    await edit({ kind: 'transaction', id, action: 'expire' })

    expect((await data()).body.hellowork.transactions[0]).toMatchObject({ id, expired: true })
    expect(errorCode(await call('https://hellowork.example/api/link/transaction'))).toBe(
      'flow_invalid',
    )
  })

  it.each([
    ['an unknown kind', { kind: 'nope' }, 400, 'invalid_request'],
    [
      'an unknown user',
      { kind: 'myna-user', userId: 'x', failedPinAttempts: 0, pinLocked: false },
      404,
      'not_found',
    ],
    [
      'a PIN count over the limit',
      { kind: 'myna-user', userId: 'myna-user-1', failedPinAttempts: 4, pinLocked: false },
      422,
      'validation',
    ],
    [
      'a login count that is not a number',
      {
        kind: 'hw-account',
        accountId: 'hw-account-1',
        failedLogins: 'many',
        locked: false,
        registrationValid: true,
        otpRequired: false,
      },
      422,
      'validation',
    ],
    [
      'a link to an unknown user',
      { kind: 'link', accountId: 'hw-account-1', userId: 'x' },
      404,
      'not_found',
    ],
    [
      'an unknown transaction',
      { kind: 'transaction', id: 'x', action: 'expire' },
      404,
      'not_found',
    ],
  ])('refuses %s and changes nothing', async (_case, body, status, code) => {
    await loadScenario('linked')
    const before = everything()

    const answer = await edit(body)

    expect(answer.status).toBe(status)
    expect(errorCode(answer)).toBe(code)
    expect(everything()).toEqual(before)
  })
})

describe('the data section', () => {
  it('locks the Hello Work account from the console, which ④ then refuses; unlocking lets it through', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await resetToStep(user, '手順④ マイページ属性連携認証')
    await waitForHeading('マイページ属性連携認証')
    await showSection(user, 'データ')
    const row = await within(consolePanel()).findByRole('listitem', {
      name: 'yuki.ashita@example.jp',
    })

    await user.click(within(row).getByLabelText('ロック'))
    await user.click(within(row).getByRole('button', { name: 'アカウントの状態を保存' }))
    await within(consolePanel()).findByText(
      'yuki.ashita@example.jp のアカウントの状態を保存しました。',
    )
    expect(hwAccount().lockedUntil).not.toBeNull()
    const step4 = linkFlow.steps[3]!.screens[0]!
    await actOn(step4)
    expect(await screen.findByText(MESSAGES.accountLocked)).toBeTruthy()
    expect(helloworkDb.read().links).toEqual([])

    const unlocked = await within(consolePanel()).findByRole('listitem', {
      name: 'yuki.ashita@example.jp',
    })
    await user.click(within(unlocked).getByLabelText('ロック'))
    await user.click(within(unlocked).getByRole('button', { name: 'アカウントの状態を保存' }))
    await within(consolePanel()).findByText(
      'yuki.ashita@example.jp のアカウントの状態を保存しました。',
    )
    await actOn(step4)
    await waitForHeading('つながり完了')
  })

  it.each(['150', '2.5', ''])(
    'refuses a login count of %j beside its field, in the server’s words, changing nothing',
    async (typed) => {
      await mountApp('/hw/')
      await waitForHeading('ハローワークインターネットサービス')
      const user = userEvent.setup()
      await openConsole(user)
      await showSection(user, 'データ')
      const row = await within(consolePanel()).findByRole('listitem', {
        name: 'yuki.ashita@example.jp',
      })
      const before = everything()

      const field = within(row).getByLabelText('ログインの連続失敗回数')
      await user.clear(field)
      if (typed) await user.type(field, typed)
      await user.click(within(row).getByRole('button', { name: 'アカウントの状態を保存' }))

      const message = MESSAGES.counterRange('ログインの連続失敗回数', 99)
      const error = await within(row).findByText(message)
      expect(field.getAttribute('aria-invalid')).toBe('true')
      expect(field.getAttribute('aria-describedby')).toBe(error.id)
      // What was typed stays in the field, to be corrected.
      expect((field as HTMLInputElement).value).toBe(typed)
      expect(everything()).toEqual(before)
      expect(within(consolePanel()).queryByText(/アカウントの状態を保存しました。/)).toBeNull()
    },
  )
})
