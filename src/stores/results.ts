import { defineStore } from 'pinia'
import { ref } from 'vue'
import { mergeAttempts, readResults, type AttemptResult } from '@/practice/results'
import { clearResults, loadResults, saveResults } from '@/practice/resultsStorage'

export interface ImportFile {
  name: string
  text: string
}

/** The 確認テスト results kept in this browser, and the files a trainer brings in. */
export const useResultsStore = defineStore('results', () => {
  const loaded = loadResults()
  const attempts = ref<AttemptResult[]>(loaded.attempts)
  const problem = ref<string | null>(loaded.problem)

  function add(result: AttemptResult): boolean {
    const next = mergeAttempts(attempts.value, [result])
    if (!saveResults(next)) return false
    attempts.value = next
    return true
  }

  /**
   * Every file is read before anything is kept: one bad file names itself and its problem, and
   * none of the files is imported, so the trainer fixes that one and imports them again.
   */
  function importFiles(
    files: ImportFile[],
  ): { ok: true; added: number } | { ok: false; message: string } {
    const read: AttemptResult[] = []
    for (const file of files) {
      let value: unknown
      try {
        value = JSON.parse(file.text.replace(/^\uFEFF/, ''))
      } catch {
        return {
          ok: false,
          message: `「${file.name}」はJSONとして読めません。このページの「JSONで書き出す」で作ったファイルを選んでください。何も取り込んでいません。`,
        }
      }
      const result = readResults(value)
      if (!result.ok) {
        return {
          ok: false,
          message: `「${file.name}」を取り込めません：${result.problem}。何も取り込んでいません。`,
        }
      }
      read.push(...result.document.attempts)
    }
    const next = mergeAttempts(attempts.value, read)
    const added = next.length - attempts.value.length
    if (!saveResults(next)) {
      return {
        ok: false,
        message: 'ブラウザーの保存領域がいっぱいで取り込めませんでした。何も取り込んでいません。',
      }
    }
    attempts.value = next
    return { ok: true, added }
  }

  function clear() {
    clearResults()
    attempts.value = []
    problem.value = null
  }

  return { attempts, problem, add, importFiles, clear }
})
