import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/**
 * What changed between two runs' figures, by relative path: byte-identical files are unchanged
 * without being decoded; the others are compared pixel by pixel, and a figure whose pixels all
 * match (only its encoding differs) is unchanged too.
 */
export interface Changes {
  changed: string[]
  added: string[]
  removed: string[]
  unchanged: number
}

async function pngs(dir: string, under: string): Promise<string[]> {
  const root = path.join(dir, under)
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.png'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

/** Writes the highlighted differences, or answers undefined when no pixel differs. */
function differing(before: Buffer, after: Buffer): PNG | 'size' | undefined {
  const [a, b] = [PNG.sync.read(before), PNG.sync.read(after)]
  if (a.width !== b.width || a.height !== b.height) return 'size'
  const diff = new PNG({ width: a.width, height: a.height })
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0 })
  return count === 0 ? undefined : diff
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/**
 * Compares the PNGs under `under` in both folders and writes changes.json and changes.html into
 * `current`; the earlier images it shows are copied beside them, so the page still opens after
 * the previous folder is gone.
 */
export async function compareRuns(
  previous: string,
  current: string,
  under = '.',
): Promise<Changes> {
  const [before, after] = await Promise.all([pngs(previous, under), pngs(current, under)])
  const old = new Set(before)
  const changes: Changes = {
    changed: [],
    added: after.filter((f) => !old.has(f)),
    removed: before.filter((f) => !after.includes(f)),
    unchanged: 0,
  }
  const items: string[] = []
  for (const file of after.filter((f) => old.has(f))) {
    const [a, b] = await Promise.all([
      readFile(path.join(previous, file)),
      readFile(path.join(current, file)),
    ])
    const diff = a.equals(b) ? undefined : differing(a, b)
    if (!diff) {
      changes.unchanged += 1
      continue
    }
    changes.changed.push(file)
    const beforeCopy = `changes/before/${file}`
    await mkdir(path.dirname(path.join(current, beforeCopy)), { recursive: true })
    await copyFile(path.join(previous, file), path.join(current, beforeCopy))
    let diffCell = '<p>大きさが変わりました（画素の比較はできません）。</p>'
    if (diff !== 'size') {
      const diffFile = `changes/diff/${file}`
      await mkdir(path.dirname(path.join(current, diffFile)), { recursive: true })
      await writeFile(path.join(current, diffFile), PNG.sync.write(diff))
      diffCell = `<img src="${escape(diffFile)}" alt="${escape(file)} の異なる画素（赤）">`
    }
    items.push(`<section><h2>${escape(file)}</h2><div class="row">
<figure><img src="${escape(beforeCopy)}" alt="${escape(file)} の前回"><figcaption>前回</figcaption></figure>
<figure><img src="${escape(file)}" alt="${escape(file)} の今回"><figcaption>今回</figcaption></figure>
<figure>${diffCell}<figcaption>異なる画素</figcaption></figure></div></section>`)
  }
  const list = (title: string, files: string[]) =>
    files.length
      ? `<h2>${title}</h2><ul>${files.map((f) => `<li>${escape(f)}</li>`).join('')}</ul>`
      : ''
  await writeFile(path.join(current, 'changes.json'), `${JSON.stringify(changes, null, 2)}\n`)
  await writeFile(
    path.join(current, 'changes.html'),
    `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>前回からの変更</title>
<style>body{font-family:'Yu Gothic','Noto Sans CJK JP',sans-serif;margin:2rem}.row{display:flex;gap:1rem;align-items:flex-start}
figure{margin:0;flex:1 1 0;min-width:0}img{max-width:100%;border:1px solid #999}</style></head>
<body><main><h1>前回からの変更</h1>
<p>変更 ${changes.changed.length}、追加 ${changes.added.length}、削除 ${changes.removed.length}、変更なし ${changes.unchanged}</p>
${items.join('\n')}${list('追加', changes.added)}${list('削除', changes.removed)}</main></body></html>
`,
  )
  return changes
}
