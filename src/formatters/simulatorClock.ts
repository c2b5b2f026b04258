const FORMAT = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})

/** The simulated clock as the launcher shows it, always in Japan time. */
export function formatSimulatedClock(iso: string): string {
  return FORMAT.format(new Date(iso))
}
