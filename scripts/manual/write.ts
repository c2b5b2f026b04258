import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { Shot } from '../lib/gallery'
import { renderCsv } from './csv'
import { renderDocx } from './docx'
import { renderHtml } from './html'
import { buildManual } from './model'
import type { ManualRun } from './options'
import { renderPdf } from './pdf'

/** Writes the four files from one model, saying how long each took. */
export async function writeManual(run: ManualRun, shots: Shot[], browser: Browser) {
  const manual = buildManual(shots, { figurePrefix: run.figurePrefix, annotated: true })
  const timed = async (name: string, write: (file: string) => Promise<void>) => {
    const started = performance.now()
    const file = path.join(run.outDir, name)
    await write(file)
    console.log(`wrote ${name} in ${((performance.now() - started) / 1000).toFixed(2)} s`)
  }
  const html = path.join(run.outDir, 'index.html')
  await timed('index.html', (file) => writeFile(file, renderHtml(manual)))
  await timed('steps.csv', (file) => writeFile(file, renderCsv(manual)))
  await timed('manual.docx', async (file) => writeFile(file, await renderDocx(manual, run.outDir)))
  await timed('manual.pdf', async (file) => writeFile(file, await renderPdf(browser, html)))
}
