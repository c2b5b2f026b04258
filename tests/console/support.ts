/** The trainer console as a trainer uses it: opened by its shortcut, operated by labels. */
import { expect } from 'vitest'
import type { SimulatorStateBody } from '@/contracts/simulator'
import { SIMULATOR_API } from '@/contracts/sites'
import { screen, userEvent, waitFor, within } from '../support/app'
import { call } from '../support/protocol'

export type User = ReturnType<typeof userEvent.setup>

export function consolePanel(): HTMLElement {
  return screen.getByRole('dialog', { name: 'トレーナー用コンソール' })
}

export async function openConsole(user: User): Promise<HTMLElement> {
  await user.keyboard('{Alt>}{Shift>}[KeyT]{/Shift}{/Alt}')
  // The console's code loads on first use, which a busy machine makes slow.
  return screen.findByRole('dialog', { name: 'トレーナー用コンソール' }, { timeout: 10_000 })
}

export async function showSection(user: User, label: string): Promise<void> {
  await user.click(within(consolePanel()).getByRole('button', { name: label }))
}

/** 状況・手順 → the step's button, e.g. 「手順③ 同意確認」; waits until it is prepared. */
export async function resetToStep(user: User, stepLabel: string, flowTitle?: string) {
  await showSection(user, '状況・手順')
  const panel = consolePanel()
  if (flowTitle) {
    await user.selectOptions(within(panel).getByLabelText('操作の流れ'), flowTitle)
  }
  await user.click(within(panel).getByRole('button', { name: stepLabel }))
  await within(panel).findByText(/の状況を準備し、その画面を開きました。/, {}, { timeout: 4000 })
}

export function faultForm(site: 'マイナポータル' | 'ハローワーク'): HTMLElement {
  return within(consolePanel()).getByRole('form', { name: site })
}

/** 障害・遅延 → one server's form, filled and applied; waits for the confirmation. */
export async function applyFault(
  user: User,
  site: 'マイナポータル' | 'ハローワーク',
  mode: string,
  { latencyMs = 0, endpoints = [] as string[] } = {},
): Promise<void> {
  await showSection(user, '障害・遅延')
  const form = faultForm(site)
  await user.click(within(form).getByLabelText(mode))
  const latency = within(form).getByLabelText(/^遅延/)
  await user.clear(latency)
  await user.type(latency, String(latencyMs))
  if (endpoints.length > 0) {
    await user.click(within(form).getByLabelText('選んだエンドポイントだけ'))
    for (const endpoint of endpoints) await user.click(within(form).getByLabelText(endpoint))
  } else {
    await user.click(within(form).getByLabelText('すべてのエンドポイント'))
  }
  await user.click(within(form).getByRole('button', { name: `${site}に適用` }))
  await within(form).findByText(`${site}の設定を適用しました。`)
}

export function situationUrl(): string {
  return (within(consolePanel()).getByLabelText('この状況のURL') as HTMLTextAreaElement).value
}

export async function simulatorState(): Promise<SimulatorStateBody> {
  const answer = await call<SimulatorStateBody>(`${SIMULATOR_API}/state`)
  expect(answer.status).toBe(200)
  return answer.body
}

export async function waitForDialogText(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(within(consolePanel()).getByText(text)).toBeTruthy())
}
