/**
 * Work kept now and done together a moment later, in the order it was kept. The sequence
 * recorder writes through this, and it pays because a step such as ⑤ answers seven requests in a
 * row on the page's own thread: describing each answer (a SHA-256 per masked secret) and
 * rewriting the whole stored log for each would delay every one of them, where one write after
 * the step costs the step nothing. Whoever needs the work done first calls `flush()`.
 */
export interface WriteLater<T> {
  keep(item: T): void
  /** Does what was kept so far, after any earlier flush; resolves once it is done. */
  flush(): Promise<void>
}

export function writeLater<T>(
  write: (items: T[]) => Promise<void>,
  afterMs: number,
): WriteLater<T> {
  const kept: T[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()

  function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const batch = kept.splice(0)
    // A write that fails loses its own batch, never the ones after it.
    writing = writing.then(() => (batch.length > 0 ? write(batch) : undefined)).catch(() => {})
    return writing
  }

  if (typeof addEventListener === 'function') {
    // Best effort: a page closing within the moment still starts writing what it kept.
    addEventListener('pagehide', () => void flush())
  }

  return {
    keep(item) {
      kept.push(item)
      timer ??= setTimeout(() => void flush(), afterMs)
    },
    flush,
  }
}
