import { beforeEach, describe, expect, it } from 'vitest'
import { PRACTICE_PERSONA } from '@/contracts/practice'
import { flowScreens, linkFlow, screenOf } from '@/flows'
import { mountApp, screen, unmountAll, userEvent, waitFor, within } from '../support/app'
import { waitForHeading } from '../support/walkFlow'
import { expectGuideOn, guidePanel, panelText, startGuide, walkScreens } from './support'

const LINK = flowScreens(linkFlow)
const CONNECTIONS = LINK.findIndex((entry) => entry.screen.routeName === 'myna-connections')

beforeEach(() => sessionStorage.clear())

/** A reload: the page and its Pinia are gone; the tab's storage and the servers' data stay. */
async function reload(path: string) {
  unmountAll()
  const mounted = await mountApp(path)
  const here = LINK.find(
    (entry) => entry.screen.routeName === mounted.router.currentRoute.value.name,
  )
  await waitForHeading(screenOf(here!.screen).title)
  return mounted
}

describe('guide mode after a reload', () => {
  it('resumes on the same step with its mistakes, and keeps following the flow', async () => {
    await startGuide(linkFlow)
    await walkScreens(linkFlow, 0, 1)
    await waitForHeading('ログイン')
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('暗証番号（数字4桁）', { exact: false }), '0000')
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await waitFor(() => expect(panelText()).toContain('受け付けられませんでした'))
    await user.type(
      screen.getByLabelText('暗証番号（数字4桁）', { exact: false }),
      PRACTICE_PERSONA.pin,
    )
    await user.click(screen.getByRole('button', { name: 'ログイン' }))
    await walkScreens(linkFlow, 2, CONNECTIONS)
    await waitForHeading('もっとつながる')

    await reload('/myna/connections')
    await expectGuideOn(linkFlow, LINK[CONNECTIONS]!.screen, 2)

    await walkScreens(linkFlow, CONNECTIONS, CONNECTIONS + 1)
    await waitForHeading('同意確認')
    await expectGuideOn(linkFlow, LINK[CONNECTIONS + 1]!.screen, 3)
    await walkScreens(linkFlow, CONNECTIONS + 1, LINK.length - 1)
    await waitFor(() => expect(panelText()).toContain('案内と違う操作1回'))
  })

  it('does not come back once the guide has been ended', async () => {
    await startGuide(linkFlow)
    await userEvent
      .setup()
      .click(within(guidePanel()).getByRole('button', { name: 'ガイドを終了する' }))

    await reload('/myna/')
    expect(screen.queryByRole('complementary', { name: 'ガイド' })).toBeNull()
  })
})
