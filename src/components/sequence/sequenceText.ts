import type { SequenceParty } from '@/contracts/sequence'
import { circled, type FlowDefinition } from '@/flows'
import { formatSimulatedClock } from '@/formatters/simulatorClock'
import type { SteppedEntry } from './sequenceSteps'

/** The sequence in words, for the screen and for the text export (the same words in both). */
export const PARTY_NAMES: Record<SequenceParty, string> = {
  browser: 'ブラウザー',
  simulator: 'シミュレーター（手順の準備）',
  mynaportal: 'マイナポータル',
  hellowork: 'ハローワーク',
}

export const stepLabel = (entry: SteppedEntry) =>
  entry.step === undefined ? '手順外' : `手順${circled(entry.step)}`

export const outcomeLabel = (entry: SteppedEntry) =>
  `${entry.status} ${entry.outcome === 'success' ? '成功' : `失敗${entry.code ? `（${entry.code}）` : ''}`}` +
  (entry.injected ? '・注入した障害' : '') +
  (entry.latencyMs ? `・遅延${entry.latencyMs}ミリ秒` : '')

export const fieldsText = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ')

export function sequenceAsText(entries: SteppedEntry[], flow: FlowDefinition | undefined): string {
  const lines = [
    `画面の裏側: ${flow ? flow.title : '手順の指定なし'}`,
    `記録: ${entries.length}件（日時はシミュレーター内の日本時間）`,
    '',
  ]
  for (const entry of entries) {
    lines.push(
      `${stepLabel(entry)}  #${entry.id}  ${formatSimulatedClock(entry.at)}  ` +
        `${PARTY_NAMES[entry.from]} → ${PARTY_NAMES[entry.to]}  ${entry.method} ${entry.path}  ` +
        outcomeLabel(entry),
    )
    if (Object.keys(entry.request).length > 0) lines.push(`    送信: ${fieldsText(entry.request)}`)
    if (Object.keys(entry.response).length > 0)
      lines.push(`    応答: ${fieldsText(entry.response)}`)
  }
  return `${lines.join('\n')}\n`
}

export function sequenceAsJson(entries: SteppedEntry[], flow: FlowDefinition | undefined): string {
  return `${JSON.stringify({ flow: flow?.id ?? null, title: flow?.title ?? null, entries }, null, 2)}\n`
}
