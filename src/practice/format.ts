import { formatElapsed } from '@/guide/guideText'
import { formatSimulatedClock } from '@/formatters/simulatorClock'

/** How the practice pages show times and dates. */
export const formatDuration = formatElapsed

/** Seconds with one decimal: a step often takes a few seconds, and the difference matters. */
export function formatSeconds(ms: number | null): string {
  return ms === null ? '—' : `${(Math.round(ms / 100) / 10).toFixed(1)}秒`
}

const REAL = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

export const formatRealDate = (iso: string) => REAL.format(new Date(iso))
export const formatSimulatedDate = (iso: string | null) =>
  iso === null ? '—' : formatSimulatedClock(iso)
