import type { Page } from 'playwright-core'

const TIMEOUT_MS = 30_000

/**
 * Awaits a promise the benchmark left on the page's window (`__benchFirstScreen`, `__benchStep`).
 * A screen that never comes would leave it pending for ever: stop, saying which one.
 */
export async function awaitInPage<T>(page: Page, name: string, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not appear within ${TIMEOUT_MS / 1000} s`)),
      TIMEOUT_MS,
    )
  })
  // Right after a `commit`, the evaluation can still land in the document being replaced; the
  // new one has the promise too (init script), so asking again is the same question.
  const ask = async (): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await page.evaluate(
          (key) => (window as unknown as Record<string, Promise<T>>)[key]!,
          name,
        )
      } catch (error) {
        if (attempt >= 5 || !/Execution context was destroyed/.test(String(error))) throw error
      }
    }
  }
  try {
    return await Promise.race([ask(), late])
  } finally {
    clearTimeout(timer)
  }
}
