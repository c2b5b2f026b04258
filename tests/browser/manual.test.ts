import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareOutput, readOptions, UsageError } from '../../scripts/manual/options'
import { axeViolations, headingOutline } from './support/a11y'
import { closeBrowser, openBrowser } from './support/page'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const scratch = await mkdtemp(path.join(tmpdir(), 'mhsim-manual-'))
const [first, second] = [path.join(scratch, 'a'), path.join(scratch, 'b')]
// One flow at one width keeps the suite fast; every writer still sees every kind of step.
const ONE_FLOW = ['--flow', 'link', '--viewport', 'pc']

/** `npm run manual` without its build step: the suite's global setup has built dist/. */
function manual(args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/manual/index.ts', ...args], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.app.json' },
  })
}

let firstRun = ''
let secondRun = ''
beforeAll(async () => {
  firstRun = (await manual([...ONE_FLOW, '--out', first])).stdout
  secondRun = (await manual([...ONE_FLOW, '--out', second, '--compare', first])).stdout
}, 120_000)
afterAll(async () => {
  await closeBrowser()
  await rm(scratch, { recursive: true, force: true })
})

const CAPTIONS = [
  '図3.4-1 マイナポータル画面',
  '図3.4-2 ログイン画面',
  '図3.4-3 トップページ画面',
  '図3.4-4 もっとつながる画面',
  '図3.4-5 同意確認画面',
  '図3.4-6 マイページ属性連携認証画面',
  '図3.4-7 つながり完了画面',
  '図3.4-8 求職者マイページホーム画面',
]

describe('npm run manual', () => {
  it('says the browser, each figure, each file and the total time', () => {
    expect(firstRun).toMatch(/^browser: \S+ [\d.]+$/m)
    expect(firstRun).toMatch(/^8\/8 figure つなぐ/m)
    for (const file of ['index.html', 'steps.csv', 'manual.docx', 'manual.pdf']) {
      expect(firstRun).toMatch(new RegExp(`^wrote ${file.replace('.', '\\.')} in [\\d.]+ s$`, 'm'))
    }
    expect(firstRun).toMatch(/8 figures and 4 files by \S+ [\d.]+ in [\d.]+ s/)
  })

  it('writes an HTML master in the manual frame, headings in order, axe-clean, with alt texts from the targets', async () => {
    const browser = await openBrowser()
    const page = await browser.newPage()
    try {
      await page.goto(pathToFileURL(path.join(first, 'index.html')).href)
      expect(await page.getAttribute('html', 'lang')).toBe('ja')
      const { outline, skips } = await headingOutline(page)
      expect(skips).toEqual([])
      expect(outline).toEqual([
        'h1 3.4 マイナポータルとつなげる',
        'h2 (1) マイナポータルとつなぐ',
        'h3 ■ 操作手順',
        'h3 ■ 操作手順(詳細)',
      ])
      expect(await page.locator('main > ul > li').allTextContents()).toEqual([
        '(1) マイナポータルとつなぐ',
        '(2) マイナポータルとのつながりをやめる',
      ])
      await expect(page.locator('.note').textContent()).resolves.toContain(
        '手順③から進めてください',
      )
      expect(await page.locator('figcaption').allTextContents()).toEqual(CAPTIONS)
      expect(
        await page.getByRole('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))),
      ).toEqual([
        'マイナポータル画面。「ログイン」リンクを赤枠で囲んでいます。',
        'ログイン画面。「ログイン」ボタンを赤枠で囲んでいます。',
        'トップページ画面。「もっとつながる」リンクを赤枠で囲んでいます。',
        'もっとつながる画面。「つなぐ」ボタンを赤枠で囲んでいます。',
        '同意確認画面。「同意」ボタンを赤枠で囲んでいます。',
        'マイページ属性連携認証画面。「同意」ボタンを赤枠で囲んでいます。',
        'つながり完了画面。「厚生労働省ハローワークインターネットサービスを利用する」ボタンを赤枠で囲んでいます。',
        '求職者マイページホーム画面。',
      ])
      // Button names in bold, as the manual writes them.
      expect(await page.locator('strong').allTextContents()).toContain('同意')
      expect(await page.evaluate(() => document.images.length)).toBe(8)
      expect(await page.evaluate(() => [...document.images].every((i) => i.naturalWidth > 0))).toBe(
        true,
      )
      expect(await axeViolations(page)).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('writes a Word file with heading styles, numbered captions and one image per figure', async () => {
    const { value } = await mammoth.convertToHtml(
      { path: path.join(first, 'manual.docx') },
      { styleMap: ["p[style-name='caption'] => p.caption:fresh"] },
    )
    expect(value).toContain('<h1>3.4 マイナポータルとつなげる</h1>')
    expect(value).toContain('<h2>(1) マイナポータルとつなぐ</h2>')
    expect(value).toContain('<h3>■ 操作手順(詳細)</h3>')
    const captions = [...value.matchAll(/<p class="caption">([^<]*)<\/p>/g)].map((m) => m[1])
    expect(captions).toEqual(CAPTIONS)
    expect(value.match(/<img /g)).toHaveLength(CAPTIONS.length)
    expect(value).toContain('alt="同意確認画面。「同意」ボタンを赤枠で囲んでいます。"')
    expect(value).toContain('<strong>同意</strong>ボタン')
  })

  it('prints the master to an A4 PDF with page numbers and every caption', async () => {
    const file = path.join(first, 'manual.pdf')
    const { stdout: info } = await run('pdfinfo', [file])
    const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1])
    expect(pages).toBeGreaterThan(1)
    expect(info).toMatch(/Page size:.*\(A4\)/)
    const { stdout: text } = await run('pdftotext', ['-layout', file, '-'])
    expect(text).toContain('3.4 マイナポータルとつなげる')
    for (const caption of CAPTIONS) expect(text).toContain(caption)
    expect(text).toMatch(new RegExp(`^\\s*1 ?/ ?${pages}\\s*$`, 'm'))
    expect(text).toMatch(new RegExp(`^\\s*${pages} ?/ ?${pages}\\s*$`, 'm'))
  })

  it('writes the step list as UTF-8 with a BOM, one header row and one CRLF row per screen', async () => {
    const bytes = await readFile(path.join(first, 'steps.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const rows = text.trimEnd().split('\r\n')
    expect(rows[0]).toBe(
      'フロー,手順番号,画面見出し,手順の説明,操作する要素,図番号,PCの図,スマートフォンの図',
    )
    expect(rows).toHaveLength(1 + CAPTIONS.length)
    expect(rows[5]).toBe(
      '(1) マイナポータルとつなぐ,③,同意確認,マイナポータルと求職者マイページをつなぐことに同意する場合は「同意」ボタンをクリックします。,「同意」ボタン,図3.4-5,figures/link/03-doui-kakunin.pc.png,',
    )
  })

  it('finds nothing changed when run again with --compare, and says so last', async () => {
    const changes = JSON.parse(await readFile(path.join(second, 'changes.json'), 'utf8'))
    expect(changes).toEqual({ changed: [], added: [], removed: [], unchanged: 8 })
    expect(secondRun.trim().split('\n').at(-1)).toBe('0 changed')
    expect(await readFile(path.join(second, 'changes.html'), 'utf8')).toContain('変更 0')
  })

  it('stops in one line naming what is wrong, before any browser starts', async () => {
    const cases: [string[], RegExp][] = [
      [['--flow', 'nope'], /^「nope」というフローはありません.*使えるフロー: link/],
      [['--compare', '/nonexistent/previous'], /^--compare の前回のフォルダー .* がありません/],
      [['--situation', 'persona_age=3'], /^--situation の「persona_age」という項目はありません/],
      [['--situation', 'clock=2021-02-30T10:00:00'], /^--situation の clock の値.*2021年2月30日/],
      [['--out', path.join(first, 'index.html', 'sub')], /^出力先 .* に書き込めません/],
    ]
    // In this process: the script prints exactly these messages after 「manual: 」 and exits 1.
    for (const [args, message] of cases) {
      const refused = await Promise.resolve()
        .then(() => prepareOutput(readOptions(args)))
        .then(
          () => undefined,
          (error: Error) => error,
        )
      expect(refused).toBeInstanceOf(UsageError)
      expect(refused!.message).not.toContain('\n')
      expect(refused!.message).toMatch(message)
    }
  })
})
