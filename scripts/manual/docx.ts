import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  SequentialIdentifier,
  TextRun,
  type ParagraphChild,
} from 'docx'
import { estimatePageNumbers } from 'docx/layout'
import { runs, type Figure, type Manual, type Viewport } from './model'

/**
 * The manual as a Word document: A4, Word's own heading styles (so a 目次 can be inserted) and
 * captions, each figure as an image sized to the text width with a caption numbered by a SEQ
 * field, so Word renumbers the figures when one is added.
 */

// A4 in twips (1/1440 in) with 20 mm margins; images are sized in pixels at 96 to the inch.
const PAGE = { width: 11906, height: 16838, margin: 1134 }
const TEXT_WIDTH_PX = Math.floor(((PAGE.width - 2 * PAGE.margin) / 1440) * 96)
const FIGURE_MAX_HEIGHT_PX = Math.floor(((PAGE.height - 2 * PAGE.margin) / 1440) * 96 * 0.6)

// Named as Windows names them; Word puts a font it has in the place of one it lacks.
const FONT = { ascii: 'Yu Gothic', hAnsi: 'Yu Gothic', eastAsia: '游ゴシック', cs: 'Yu Gothic' }

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

const textRuns = (text: string): ParagraphChild[] =>
  runs(text).map((run) => new TextRun({ text: run.text, bold: run.bold }))

async function figureParagraphs(dir: string, fig: Figure): Promise<Paragraph[]> {
  const images: Paragraph[] = []
  for (const vp of ['pc', 'sp'] as Viewport[]) {
    const file = fig.files[vp]
    if (!file) continue
    const data = await readFile(path.join(dir, file))
    const { width, height } = pngSize(data)
    const scale = Math.min(TEXT_WIDTH_PX / width, FIGURE_MAX_HEIGHT_PX / height)
    images.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data,
            transformation: {
              width: Math.round(width * scale),
              height: Math.round(height * scale),
            },
            altText: { name: fig.label, title: fig.caption, description: fig.alts[vp] },
          }),
        ],
      }),
    )
  }
  const caption = new Paragraph({
    style: 'Caption',
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun(figurePrefix(fig.label)),
      new SequentialIdentifier('図'),
      new TextRun(` ${fig.caption}`),
    ],
  })
  return [...images, caption]
}

/** 「図3.4-12」 → 「図3.4-」: Word counts the number itself, after the prefix as written. */
const figurePrefix = (label: string) => label.replace(/\d+$/, '')

export async function renderDocx(manual: Manual, dir: string): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: manual.title }),
    ...manual.lead.map((p) => new Paragraph({ children: textRuns(p) })),
    ...manual.contents.map((c) => new Paragraph({ text: c, indent: { left: 240 } })),
  ]
  for (const part of manual.parts) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: part.title }))
    if (part.lead) body.push(new Paragraph({ children: textRuns(part.lead) }))
    for (const note of part.notes) body.push(new Paragraph({ children: textRuns(note) }))
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: manual.heads.list }))
    for (const s of part.steps) {
      body.push(new Paragraph({ children: [new TextRun(s.label), ...textRuns(s.step.manualText)] }))
    }
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: manual.heads.detail }))
    for (const s of part.steps) {
      body.push(
        new Paragraph({
          keepNext: true,
          children: [new TextRun(s.label), ...textRuns(s.step.manualText)],
        }),
      )
      for (const entry of s.screens) {
        if (s.screens.length > 1) {
          body.push(new Paragraph({ keepNext: true, children: textRuns(entry.screen.instruction) }))
        }
        body.push(...(await figureParagraphs(dir, entry.figure)))
      }
    }
  }
  const document = new Document({
    creator: 'mynaportal-hellowork-simulator',
    title: manual.title,
    // Counted as Word counts them, the figure numbers are written in the file: Word shows them
    // without asking to update fields, and readers that never run fields see them too.
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 32, bold: true } },
        heading2: { run: { font: FONT, size: 28, bold: true } },
        heading3: { run: { font: FONT, size: 24, bold: true } },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 18 },
          paragraph: { spacing: { before: 60, after: 240 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        children: body,
      },
    ],
  })
  return Packer.toBuffer(document)
}
