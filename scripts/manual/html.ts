import { manualNumberOf } from '../../src/flows'
import { runs, type Figure, type Manual, type Part, type Viewport } from './model'

/** The accessible master: the manual's headings, lists and numbered figures, in one page. */

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const rich = (text: string) =>
  runs(text)
    .map((run) => (run.bold ? `<strong>${escape(run.text)}</strong>` : escape(run.text)))
    .join('')

const ORDER: Viewport[] = ['pc', 'sp']

function figure(fig: Figure): string {
  const images = ORDER.filter((vp) => fig.files[vp])
    .map(
      (vp) => `<img class="${vp}" src="${escape(fig.files[vp]!)}" alt="${escape(fig.alts[vp]!)}">`,
    )
    .join('')
  return `<figure><div class="images">${images}</div><figcaption>${escape(fig.label)} ${escape(fig.caption)}</figcaption></figure>`
}

// Print: A4, and no figure split across two pages (the PDF is this page printed).
const STYLE = `body{font-family:'Yu Gothic','游ゴシック','Noto Sans CJK JP','Noto Sans JP',sans-serif;
margin:2rem auto;max-width:52rem;padding:0 1rem;line-height:1.8;color:#1a1a1a;line-break:strict}
h1{font-size:1.6rem;border-bottom:2px solid #333}h2{font-size:1.3rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin-top:1.5rem}ol.steps{list-style:none;padding-left:0}
ol.steps>li{margin:0.6rem 0 1.2rem}.label{margin-right:0.3em}
figure,.screen{break-inside:avoid;page-break-inside:avoid}figure{margin:0.8rem 0 1.6rem}
.images{display:flex;gap:1rem;align-items:flex-start}
figure img{border:1px solid #999;height:auto}img.pc{max-width:100%;flex:3 1 0;min-width:0}
img.sp{max-width:28%;flex:1 1 0;min-width:0}figure img.sp:only-child{max-width:40%}
figcaption{text-align:center;font-size:0.9rem;margin-top:0.4rem}.note{margin-left:1em;text-indent:-1em}
@page{size:A4;margin:18mm 15mm 20mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-before:page}h2,h3{break-after:avoid}}`

type StepEntry = Part['steps'][number]

/**
 * The list item's own number is the manual's (③ is read as 3); a step of another part of the
 * manual has its label read too, since the part is said only there.
 */
const item = (s: StepEntry) => `<li value="${manualNumberOf(s.step)}">`
const label = (s: StepEntry) =>
  `<span class="label"${s.step.part ? '' : ' aria-hidden="true"'}>${escape(s.label)}</span>`

export function renderHtml(manual: Manual): string {
  const parts = manual.parts.map((part) => {
    const list = part.steps
      .map((s) => `${item(s)}${label(s)}${rich(s.step.manualText)}</li>`)
      .join('')
    const detail = part.steps
      .map((s) => {
        const single = s.screens.length === 1
        const screens = s.screens
          .map(
            (e) =>
              `<div class="screen">${single ? '' : `<p>${rich(e.screen.instruction)}</p>`}${figure(e.figure)}</div>`,
          )
          .join('')
        return `${item(s)}<p>${label(s)}${rich(s.step.manualText)}</p>${screens}</li>`
      })
      .join('')
    const lead = part.lead ? `<p>${rich(part.lead)}</p>` : ''
    const notes = part.notes.map((n) => `<p class="note">${rich(n)}</p>`).join('')
    // The circled numbers are shown for the eye; the list's own numbering is what is read out.
    return `<section><h2>${escape(part.title)}</h2>${lead}${notes}
<h3>${escape(manual.heads.list)}</h3><ol class="steps">${list}</ol>
<h3>${escape(manual.heads.detail)}</h3><ol class="steps">${detail}</ol></section>`
  })
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(manual.title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(manual.title)}</h1>
${manual.lead.map((p) => `<p>${rich(p)}</p>`).join('\n')}
<ul>${manual.contents.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>
${parts.join('\n')}
</main></body></html>
`
}
