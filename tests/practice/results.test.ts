/** The results a trainer keeps: CSV bytes, JSON import of several files, the class summary. */
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { resultsDocument, type AttemptResult } from '@/practice/results'
import { resultsCsv, resultsJson } from '@/practice/resultsExport'
import { loadResults, RESULTS_KEY, SET_ASIDE_KEY } from '@/practice/resultsStorage'
import { classSummary, median } from '@/practice/summary'
import { useResultsStore } from '@/stores/results'

function attempt(
  id: string,
  learner: string,
  stepMs: [number, number],
  hints: [number, number],
): AttemptResult {
  return {
    id,
    learner,
    taskId: 'link',
    task: 'マイナポータルと求職者マイページをつないでください。',
    startedAt: '2026-12-02T01:00:00.000Z',
    finishedAt: `2026-12-02T01:0${id.length % 10}:00.000Z`,
    simulatedAt: '2021-09-22T01:00:00.000Z',
    era: null,
    signIn: null,
    situation: 'scenario=unlinked',
    totalMs: stepMs[0] + stepMs[1],
    mistakes: 0,
    hints: hints[0] + hints[1],
    resumed: 0,
    rule: { maxHints: 2, maxMistakes: null },
    passed: true,
    steps: [
      { number: 1, title: '① マイナポータル', ms: stepMs[0], mistakes: 0, hints: hints[0] },
      { number: 2, title: '② もっとつながる', ms: stepMs[1], mistakes: 0, hints: hints[1] },
    ],
  }
}

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, CRLF, one header and one row per attempt and step, quoting what needs it', () => {
    const tricky = attempt('a1', '山田, "太郎"', [12_340, 5000], [0, 1])
    const formula = attempt('a22', '=1+1', [1000, 1000], [0, 0])
    const bytes = new TextEncoder().encode(resultsCsv([tricky, formula]))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.split('\r\n').slice(0, -1)
    expect(lines).toHaveLength(1 + 4)
    expect(lines.every((line) => !line.includes('\n'))).toBe(true)
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['受験者', '課題', '判定'])
    expect(
      lines[1]!.startsWith(
        '"山田, ""太郎""",マイナポータルと求職者マイページをつないでください。,合格,',
      ),
    ).toBe(true)
    expect(lines[1]).toContain(',1,① マイナポータル,12.3,0,0,17.3,')
    expect(lines[2]).toContain(',2,② もっとつながる,5,0,1,17.3,')
    // A name a spreadsheet would run as a formula is kept as text.
    expect(lines[3]!.startsWith("'=1+1,")).toBe(true)
  })
})

describe('the class summary', () => {
  it('gives the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })

  it('gives per step the median time and how many needed hints', () => {
    const [task] = classSummary([
      attempt('a1', 'A', [10_000, 4000], [0, 1]),
      attempt('a2', 'B', [20_000, 6000], [1, 2]),
      attempt('a3', 'C', [60_000, 2000], [0, 0]),
    ])
    expect(task!.attempts).toBe(3)
    expect(task!.steps.map((s) => [s.number, s.medianMs, s.neededHints])).toEqual([
      [1, 20_000, 1],
      [2, 4000, 2],
    ])
  })
})

describe('importing exported files', () => {
  it('takes two files from two PCs, keeps one copy of an attempt in both, and summarizes them together', () => {
    setActivePinia(createPinia())
    const store = useResultsStore()
    const pc1 = resultsJson([
      attempt('a1', 'A', [10_000, 4000], [0, 1]),
      attempt('a2', 'B', [30_000, 8000], [1, 0]),
    ])
    const pc2 = resultsJson([
      attempt('a2', 'B', [30_000, 8000], [1, 0]),
      attempt('a3', 'C', [20_000, 6000], [0, 0]),
    ])
    const outcome = store.importFiles([
      { name: 'pc1.json', text: pc1 },
      { name: 'pc2.json', text: `\uFEFF${pc2}` },
    ])
    expect(outcome).toEqual({ ok: true, added: 3 })
    expect(store.attempts.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3'])
    expect(loadResults().attempts).toHaveLength(3)
    const [task] = classSummary(store.attempts)
    expect(task!.steps.map((s) => s.medianMs)).toEqual([20_000, 6000])
    expect(task!.steps.map((s) => s.neededHints)).toEqual([1, 1])
  })

  it.each([
    ['not JSON', 'a,b,c', 'JSONとして読めません'],
    ['another file', JSON.stringify({ hello: 1 }), '確認テストの結果ファイルではありません'],
    [
      'a later version',
      JSON.stringify({ ...resultsDocument([]), version: 9 }),
      '版 9 の結果ファイルは読めません',
    ],
    [
      'a damaged attempt',
      JSON.stringify(resultsDocument([{ ...attempt('a9', 'Z', [1, 1], [0, 0]), totalMs: -5 }])),
      '記録の項目「attempts.0.totalMs」が正しくありません',
    ],
  ])('refuses %s by name, in Japanese, and imports none of the files', (_, text, problem) => {
    setActivePinia(createPinia())
    const store = useResultsStore()
    store.add(attempt('a1', 'A', [1000, 1000], [0, 0]))
    const good = resultsJson([attempt('a2', 'B', [1000, 1000], [0, 0])])
    const outcome = store.importFiles([
      { name: 'good.json', text: good },
      { name: 'bad.json', text },
    ])
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.message).toContain('「bad.json」')
    expect(!outcome.ok && outcome.message).toContain(problem)
    expect(!outcome.ok && outcome.message).toContain('何も取り込んでいません')
    expect(store.attempts.map((a) => a.id)).toEqual(['a1'])
    expect(loadResults().attempts.map((a) => a.id)).toEqual(['a1'])
  })
})

describe('the kept results', () => {
  it('sets a document it cannot read aside and says so, instead of losing it', () => {
    localStorage.setItem(
      RESULTS_KEY,
      '{"format":"mhsim-assessment-results","version":1,"attempts":[{}]}',
    )
    const loaded = loadResults()
    expect(loaded.attempts).toEqual([])
    expect(loaded.problem).toContain('保存されていた記録を読めませんでした')
    expect(localStorage.getItem(SET_ASIDE_KEY)).toContain('attempts')
  })
})
