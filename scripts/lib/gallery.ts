import {
  type WalkableFlow,
  type FlowScreen,
  type FlowStep,
  screenOf,
  stepLabel,
} from '../../src/flows'

export interface Shot {
  flow: WalkableFlow
  step: FlowStep
  screen: FlowScreen
  viewport: 'pc' | 'sp'
  file: string
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function byScreen(shots: Shot[]) {
  const groups = new Map<string, Shot[]>()
  for (const shot of shots) {
    const key = `${shot.flow.id}/${shot.step.number}/${shot.screen.slug}`
    groups.set(key, [...(groups.get(key) ?? []), shot])
  }
  return [...groups.values()]
}

/** A gallery by flow and step, with the manual's instruction under each image. */
export function renderGallery(shots: Shot[]): string {
  const sections = [...new Set(shots.map((s) => s.flow))].map((flow) => {
    const items = byScreen(shots.filter((s) => s.flow === flow)).map((group) => {
      const { step, screen } = group[0]!
      const images = group
        .map(
          (s) =>
            `<figure><img src="${s.file}" alt="${escape(screenOf(screen).title)}（${s.viewport === 'pc' ? 'PC' : 'スマートフォン'}）" loading="lazy"><figcaption>${s.file}</figcaption></figure>`,
        )
        .join('')
      return `<article><h3>${stepLabel(step)} ${escape(screenOf(screen).title)}</h3><p>${escape(screen.instruction)}</p><div class="shots">${images}</div></article>`
    })
    return `<section><h2>${escape(flow.title)}</h2>${items.join('')}</section>`
  })
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>画面一覧 | マイナポータル連携シミュレーター</title>
<style>body{font-family:'Noto Sans JP','Noto Sans CJK JP',sans-serif;margin:2rem;line-height:1.7}
.shots{display:flex;gap:1.5rem;align-items:flex-start;flex-wrap:wrap}figure{margin:0}
figure img{border:1px solid #ccc;max-width:640px;height:auto}figure img[src$=".sp.png"]{max-width:240px}
figcaption{font:12px monospace;color:#555}article{margin-bottom:2.5rem}</style></head>
<body><h1>画面一覧</h1>${sections.join('')}</body></html>
`
}

/** A manual page draft: for each step, its number, the manual's words and the PC image. */
export function renderManual(shots: Shot[]): string {
  const lines: string[] = []
  for (const flow of [...new Set(shots.map((s) => s.flow))]) {
    lines.push(`## ${flow.title}`, '', '■ 操作手順', '')
    for (const step of flow.steps) {
      const stepShots = shots.filter((s) => s.flow === flow && s.step === step)
      if (stepShots.length === 0) continue
      lines.push(`${stepLabel(step)} ${step.manualText}`, '')
      for (const screen of step.screens) {
        const shot =
          stepShots.find((s) => s.screen === screen && s.viewport === 'pc') ??
          stepShots.find((s) => s.screen === screen)
        if (shot) lines.push(`![${screenOf(screen).title}](${shot.file})`, '')
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}
