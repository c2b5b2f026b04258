import path from 'node:path'
import type { Plugin } from 'vite'

export const MODULE_STATS_FILE = 'bench-modules.json'

export interface ModuleSize {
  module: string
  chunk: string
  renderedLength: number
}

/** Module ids relative to the project, node_modules packages from their package folder. */
function shortId(id: string, root: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const inPackages = clean.lastIndexOf('node_modules/')
  if (inPackages >= 0) return clean.slice(inPackages)
  return path.isAbsolute(clean) ? path.relative(root, clean) : clean
}

/** Writes each chunk's modules and the length of their rendered code beside the build. */
export function moduleStats(root: string): Plugin {
  return {
    name: 'bench:module-stats',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes: ModuleSize[] = []
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        for (const [id, info] of Object.entries(output.modules)) {
          sizes.push({
            module: shortId(id, root),
            chunk: output.fileName,
            renderedLength: info.renderedLength,
          })
        }
      }
      sizes.sort((a, b) => b.renderedLength - a.renderedLength)
      this.emitFile({ type: 'asset', fileName: MODULE_STATS_FILE, source: JSON.stringify(sizes) })
    },
  }
}
