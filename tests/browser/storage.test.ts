import { afterAll, describe, expect, it } from 'vitest'
import { linkFlow } from '@/flows'
import { MESSAGES } from '@/contracts/errors'
import { storageKey } from '../../mocks/shared/persistence'
import { baseUrl, closeBrowser, walkFlow, watchedPage } from './support/page'

afterAll(closeBrowser)

describe('a browser profile holding a damaged Hello Work document', () => {
  it('says what was reset, keeps Mynaportal and the clock, and つなぐ still walks', async () => {
    const { page, consoleErrors } = await watchedPage()
    await page.goto(`${baseUrl()}/?scenario=unlinked`)
    await page.getByRole('heading', { name: 'いまの状況' }).waitFor()
    await page.evaluate(() =>
      fetch('https://simulator.example/api/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ setTo: '2021-09-23T01:30:00.000Z' }),
      }),
    )
    const keys = { hw: storageKey('hellowork'), myna: storageKey('mynaportal') }
    const mynaBefore = await page.evaluate((key) => localStorage.getItem(key), keys.myna)
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"schemaVersion":2,"data":[]}'),
      keys.hw,
    )

    await page.goto(`${baseUrl()}/`)

    await page.getByText(MESSAGES.storageReset(['ハローワークのデータ'])).waitFor()
    await page.getByText('2021年9月23日').first().waitFor()
    const connections = (raw: string | null) =>
      (JSON.parse(raw ?? '{}') as { data: { connections: unknown[] } }).data.connections
    const mynaAfter = await page.evaluate((key) => localStorage.getItem(key), keys.myna)
    expect(connections(mynaAfter)).toEqual(connections(mynaBefore))

    await page.goto(`${baseUrl()}${linkFlow.startPath}`)
    await walkFlow(page, linkFlow)
    expect(new URL(page.url()).pathname).toBe('/hw/mypage')
    expect(consoleErrors).toEqual([])
  })
})
