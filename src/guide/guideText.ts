import { flowScreens, screenOf, stepLabel, type FlowDefinition, type FlowStep } from '@/flows'

/** The guide's Japanese: what it shows and what it announces to screen readers. */

/** 「つなぐ 3/6」: the manual's step number, out of the flow's steps. */
export function progressLabel(flow: FlowDefinition, screenIndex: number): string {
  const step = flowScreens(flow)[screenIndex]?.step
  return `${flow.shortName} ${step?.number ?? 1}/${flow.steps.length}`
}

export function stepTitle(step: FlowStep, heading: string): string {
  return `手順${stepLabel(step)}「${heading}」画面`
}

export function stepAnnouncement(flow: FlowDefinition, screenIndex: number): string {
  const entry = flowScreens(flow)[screenIndex]
  if (!entry) return ''
  const { step, screen } = entry
  return `ガイド ${progressLabel(flow, screenIndex)}。${stepTitle(step, screenOf(screen).title)}。${screen.instruction}`
}

export function offRouteHint(title: string, step: FlowStep, heading: string): string {
  return `「${title}」は手順${stepLabel(step)}の画面ではありません。ブラウザーの「戻る」で「${heading}」画面に戻るか、「最初からやり直す」を押してください。`
}

export function wentBackHint(expectedHeading: string, title: string): string {
  return `「${expectedHeading}」画面で案内と違う操作をしたため、「${title}」画面に戻りました。この画面から、案内のとおりにもう一度進めてください。`
}

export function refusedHint(message: string, targetName?: string): string {
  const next = targetName
    ? `のとおりに直して、もう一度「${targetName}」を押してください。`
    : 'を確認してください。'
  return `操作は受け付けられませんでした。画面のメッセージ「${message}」${next}`
}

export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  return minutes > 0 ? `${minutes}分${seconds % 60}秒` : `${seconds}秒`
}

export function summaryText(flow: FlowDefinition, elapsedMs: number, mistakes: number): string {
  return `${flow.shortName}の手順を最後まで進めました。かかった時間は${formatElapsed(elapsedMs)}、案内と違う操作は${mistakes}回でした。`
}
