import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './figures'

export interface Bytes {
  raw: number
  gzip: number
}
export interface AssetBytes {
  js: Bytes
  css: Bytes
  files: string[]
}

const kindOf = (file: string) => (file.endsWith('.css') ? 'css' : file.endsWith('.js') ? 'js' : '')

/** Each file on its own, as a server compresses it: gzip level 9, summed. */
async function sumBytes(distDir: string, files: string[]): Promise<AssetBytes> {
  const total: AssetBytes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] }
  for (const file of [...new Set(files)].sort()) {
    const kind = kindOf(file)
    if (!kind) continue
    const content = await readFile(path.join(distDir, file))
    total[kind].raw += content.length
    total[kind].gzip += gzipSync(content, { level: 9 }).length
    total.files.push(file)
  }
  return total
}

/** The app's own files among the URLs a page loaded, as paths inside dist/. */
export function builtFiles(urls: string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin
  return urls
    .map((url) => new URL(url))
    .filter((url) => url.origin === origin)
    .map((url) => decodeURIComponent(url.pathname).replace(/^\//, ''))
}

export function bytesOf(distDir: string, files: string[]): Promise<AssetBytes> {
  return sumBytes(distDir, files)
}

/** Every script and stylesheet the build ships (dist/assets). */
export async function bytesInTotal(distDir: string): Promise<AssetBytes> {
  const files = await readdir(path.join(distDir, 'assets'))
  return sumBytes(
    distDir,
    files.map((file) => `assets/${file}`),
  )
}

/** Budget: JavaScript before the first screen ≤ 100 kB gzip (kB = 1000 bytes). */
const JS_BEFORE_FIRST_SCREEN_KB = 100

function bytesRows(id: string, label: string, bytes: AssetBytes, gated: boolean): Figure[] {
  return (['js', 'css'] as const).flatMap((kind) =>
    (['gzip', 'raw'] as const).map((form): Figure => ({
      id: `${id}.${kind}.${form}`,
      label: `${kind === 'js' ? 'JavaScript' : 'CSS'} ${label} (${form})`,
      unit: 'kB',
      samples: [bytes[kind][form] / 1000],
      ...(gated && kind === 'js' && form === 'gzip'
        ? {
            budget: {
              on: 'median',
              atMost: JS_BEFORE_FIRST_SCREEN_KB,
              failAbove: JS_BEFORE_FIRST_SCREEN_KB,
            },
          }
        : {}),
    })),
  )
}

export function byteFigures(beforeFirstScreen: Record<string, AssetBytes>, total: AssetBytes) {
  return [
    ...Object.entries(beforeFirstScreen).flatMap(([screenPath, bytes]) =>
      bytesRows(`bytes.${screenPath}`, `before first screen ${screenPath}`, bytes, true),
    ),
    ...bytesRows('bytes.total', 'in total, dist/assets', total, false),
  ]
}
