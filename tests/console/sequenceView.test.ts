/**
 * 「画面の裏側」 after つなぐ: every request under the manual's step it belongs to, the back
 * channel between the two servers, secrets masked, and the same record exported as text and JSON.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { SIMULATOR_API } from '@/contracts/sites'
import { linkFlow } from '@/flows'
import { mountApp, screen, userEvent, waitFor, within } from '../support/app'
import { call, mynaLogin } from '../support/protocol'
import { walkFlow } from '../support/walkFlow'
import { consolePanel, openConsole, showSection } from './support'

/** What the trainer reads on each entry: step, who → whom, method and path. */
function rows(): string[] {
  const list = within(consolePanel()).getByRole('list', { name: 'やりとりの記録' })
  return within(list)
    .getAllByRole('listitem')
    .map((item) => {
      const [head, call] = item.querySelectorAll('p')
      const endpoint = call?.querySelector('code')?.textContent ?? ''
      return `${head?.textContent?.replace(/\s+/g, ' ').trim()} ${endpoint}`
    })
}

const entryOf = (endpoint: string) =>
  within(within(consolePanel()).getByRole('list', { name: 'やりとりの記録' }))
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(endpoint))!

const LINK_SEQUENCE = [
  '手順① ブラウザー → マイナポータル POST /login',
  '手順② ブラウザー → マイナポータル POST /connections/hellowork/start',
  '手順② ブラウザー → ハローワーク POST /auth/initiate',
  '手順② ブラウザー → マイナポータル GET /authorize',
  '手順③ ブラウザー → マイナポータル GET /authorize/pending',
  '手順③ ブラウザー → マイナポータル POST /authorize/decision',
  '手順③ ブラウザー → ハローワーク POST /auth/callback',
  '手順③ ハローワーク → マイナポータル GET /jwks',
  '手順③ ハローワーク → マイナポータル POST /token',
  '手順④ ブラウザー → ハローワーク GET /link/transaction',
  '手順④ ブラウザー → ハローワーク POST /link/authenticate',
  '手順④ ハローワーク → マイナポータル GET /userinfo',
  '手順⑤ ブラウザー → マイナポータル POST /connections/complete',
  '手順⑤ マイナポータル → ハローワーク POST /link/tickets/redeem',
  '手順⑤ ブラウザー → マイナポータル POST /connections/hellowork/use',
  '手順⑤ ハローワーク → マイナポータル POST /token',
  '手順⑥ ブラウザー → ハローワーク GET /mypage/home',
]

async function linkThenOpenSequence() {
  await mountApp(`${linkFlow.startPath}?scenario=${linkFlow.scenario}`)
  await walkFlow(linkFlow)
  const user = userEvent.setup()
  await openConsole(user)
  await showSection(user, '画面の裏側')
  await waitFor(() => expect(rows()).toContain(LINK_SEQUENCE.at(-1)), 4000)
  return user
}

// jsdom's Blob has no text(); its FileReader reads one.
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.readAsText(blob)
  })

const { createObjectURL, revokeObjectURL } = URL
afterEach(() => {
  vi.restoreAllMocks()
  Object.assign(URL, { createObjectURL, revokeObjectURL })
})

describe('the sequence view', () => {
  it('lists つなぐ under the manual’s steps, with the back channel between the servers', async () => {
    await linkThenOpenSequence()

    const shown = rows()
    expect(shown.filter((row) => LINK_SEQUENCE.includes(row))).toEqual(LINK_SEQUENCE)
  })

  it('masks every secret, and gives one code the same mark wherever it travels', async () => {
    await linkThenOpenSequence()
    const text = consolePanel().textContent ?? ''

    expect(text).not.toContain(PRACTICE_PERSONA.password)
    expect(entryOf('POST /login').textContent).toContain('pin=●●●●')
    expect(entryOf('POST /link/authenticate').textContent).toContain(
      `email=${PRACTICE_PERSONA.email}`,
    )
    expect(entryOf('POST /link/authenticate').textContent).toContain('password=●●●●')
    const secrets = [
      ...text.matchAll(
        /(?<![\w])(code|csrfToken|ticket|state|nonce|code_verifier|client_secret|access_token|id_token)=([^\s&]+)/g,
      ),
    ]
    expect(secrets.length).toBeGreaterThan(10)
    for (const [, , value] of secrets) expect(value).toBe('●●●●')

    const issued = /code=●●●● (#[\w-]{6})/.exec(entryOf('POST /authorize/decision').textContent!)
    expect(issued).not.toBeNull()
    expect(entryOf('POST /auth/callback').textContent).toContain(`code=●●●● ${issued![1]}`)
  })

  it('follows live, and starts over when a reset to a step starts a new log', async () => {
    await mountApp('/')
    const user = userEvent.setup()
    await openConsole(user)
    await showSection(user, '画面の裏側')
    await mynaLogin()
    await waitFor(() => expect(rows()).toEqual(['手順外 ブラウザー → マイナポータル POST /login']))

    await call(`${SIMULATOR_API}/situation`, {
      body: { scenario: 'unlinked', flow: 'link', step: 3 },
    })

    await waitFor(
      () =>
        expect(rows()).toEqual([
          '手順① シミュレーター（手順の準備） → マイナポータル POST /login',
          '手順② シミュレーター（手順の準備） → マイナポータル POST /connections/hellowork/start',
          '手順② シミュレーター（手順の準備） → ハローワーク POST /auth/initiate',
          '手順② シミュレーター（手順の準備） → マイナポータル GET /authorize',
        ]),
      4000,
    )
  })

  it('exports the same record as text and as JSON, step numbers included', async () => {
    const user = await linkThenOpenSequence()
    const saved: { name: string; blob: Blob }[] = []
    let blob: Blob | undefined
    URL.createObjectURL = vi.fn((value: Blob) => ((blob = value), 'blob:sequence'))
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, blob: blob! })
    })

    await user.click(screen.getByRole('button', { name: 'テキストで保存' }))
    await user.click(screen.getByRole('button', { name: 'JSONで保存' }))

    expect(saved.map((file) => file.name)).toEqual(['画面の裏側-link.txt', '画面の裏側-link.json'])
    const text = await readBlob(saved[0]!.blob)
    expect(text).toContain('画面の裏側: (1) マイナポータルとつなぐ')
    expect(text).toMatch(
      /手順③ {2}#\d+ {2}.+ {2}ハローワーク → マイナポータル {2}POST \/token {2}200 成功/,
    )
    expect(text).toContain('password=●●●●')
    const json = JSON.parse(await readBlob(saved[1]!.blob))
    expect(json.flow).toBe('link')
    expect(json.entries).toContainEqual(
      expect.objectContaining({
        step: 4,
        from: 'browser',
        to: 'hellowork',
        endpoint: '/link/authenticate',
      }),
    )
    expect(JSON.stringify(json)).not.toContain(PRACTICE_PERSONA.password)
  })
})
