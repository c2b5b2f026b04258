import { beforeEach, describe, expect, it } from 'vitest'
import { linkFlow, screenOf, SITUATIONS, type WalkableFlow } from '@/flows'
import { installCaptureMode } from '@/simulator/captureMode'
import { mountApp, screen, waitFor } from '../support/app'
import { NEVER_SHOWN, PRACTICE_HINT_TEXT, SIMULATOR_ONLY_TEXT } from '../support/simulatorOnlyText'
import { walkFlow } from '../support/walkFlow'

const hwLogin = SITUATIONS.find((s) => s.id === 'hw-login')!
const ALL = [...SIMULATOR_ONLY_TEXT, ...PRACTICE_HINT_TEXT]

/** Each screen's title with the listed texts it shows (of `texts`), walking the flow. */
async function textsByScreen(flow: WalkableFlow, query: string, texts: readonly string[]) {
  await mountApp(`${flow.startPath}?scenario=${flow.scenario}${query}`)
  const seen: { title: string; shown: string[] }[] = []
  await walkFlow(flow, (flowScreen) => {
    const page = document.body.textContent ?? ''
    seen.push({ title: screenOf(flowScreen).title, shown: texts.filter((t) => page.includes(t)) })
  })
  return seen
}

const shownAnywhere = (seen: { shown: string[] }[]) => new Set(seen.flatMap((s) => s.shown))
const firstShownOn = (seen: { title: string; shown: string[] }[], text: string) =>
  seen.find((s) => s.shown.includes(text))?.title

beforeEach(() => {
  sessionStorage.clear()
  installCaptureMode('')
})

// Whole walks of a flow: more than the default 5 s on a loaded machine.
describe('what is there only because this is a simulator', { timeout: 30_000 }, () => {
  it('is on the screens outside capture mode, each where it belongs', async () => {
    const seen = [
      ...(await textsByScreen(linkFlow, '', [...ALL.map((e) => e.text), ...NEVER_SHOWN])),
    ]
    expect(Object.fromEntries(ALL.map(({ text }) => [text, firstShownOn(seen, text)]))).toEqual(
      Object.fromEntries(ALL.map(({ text, on }) => [text, on])),
    )
    expect([...shownAnywhere(seen)].filter((t) => NEVER_SHOWN.includes(t as never))).toEqual([])
  })

  it('is on no screen of つなぐ in capture mode, nor the practice secrets', async () => {
    const seen = await textsByScreen(linkFlow, '&capture=1', [
      ...ALL.map((e) => e.text),
      ...NEVER_SHOWN,
    ])
    expect(seen.map((s) => s.title)).toHaveLength(8)
    expect([...shownAnywhere(seen)]).toEqual([])
    // The sites' own footers are still there, as the real sites show them.
    expect(screen.getByRole('contentinfo')).toHaveProperty(
      'textContent',
      expect.stringContaining('ハローワークインターネットサービス'),
    )
  })

  it('leaves Hello Work’s ログイン without its practice account box in capture mode', async () => {
    const seen = await textsByScreen(hwLogin, '&capture=1', ['練習用', PRACTICE_HINT_TEXT[1].text])
    expect(seen.find((s) => s.title === 'ログイン')?.shown).toEqual([])
  })

  it('keeps only the practice secrets with hints=1, for a figure that should show them', async () => {
    const seen = await textsByScreen(
      linkFlow,
      '&capture=1&hints=1',
      ALL.map((e) => e.text),
    )
    expect(PRACTICE_HINT_TEXT.map(({ text }) => firstShownOn(seen, text))).toEqual(
      PRACTICE_HINT_TEXT.map(({ on }) => on),
    )
    expect([...shownAnywhere(seen)].sort()).toEqual(PRACTICE_HINT_TEXT.map((e) => e.text).sort())
  })

  it('keeps the hints across the tab’s navigations until ?capture=0 ends them with capture mode', async () => {
    installCaptureMode('?capture=1&hints=1')
    installCaptureMode('')
    const { router } = await mountApp('/myna/login')
    await screen.findByText(PRACTICE_HINT_TEXT[0].text)
    expect(document.body.textContent).not.toContain(SIMULATOR_ONLY_TEXT[0].text)

    await router.push('/myna/login?hints=0')
    await waitFor(() => expect(document.body.textContent).not.toContain('練習用暗証番号'))
    expect(router.currentRoute.value.fullPath).toBe('/myna/login')

    await router.push('/myna/login?hints=1')
    await screen.findByText(PRACTICE_HINT_TEXT[0].text)
    await router.push('/myna/login?capture=0')
    await screen.findByText(SIMULATOR_ONLY_TEXT[0].text, { exact: false })
    // Capture mode turned on again starts without the hints it had before.
    await router.push('/myna/login?capture=1')
    await waitFor(() => expect(document.body.textContent).not.toContain('練習用暗証番号'))
  })
})
