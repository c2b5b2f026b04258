export interface Summary {
  median: number
  p95: number
  min: number
  max: number
}

/** Nearest-rank percentiles: with few samples, p95 is the slowest but one of twenty. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarize')
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = sorted.length / 2
  const median = Number.isInteger(middle)
    ? (sorted[middle - 1]! + sorted[middle]!) / 2
    : sorted[Math.floor(middle)]!
  return { median, p95: percentile(sorted, 95), min: sorted[0]!, max: sorted.at(-1)! }
}
