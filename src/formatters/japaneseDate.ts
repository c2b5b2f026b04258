/**
 * Dates as Hello Work prints them. Instants are shown in Japan time whatever the host's time
 * zone, so a screenshot taken abroad or on a UTC build machine matches the manual.
 */
const TOKYO_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
})

interface DateParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function tokyoParts(iso: string): DateParts {
  // A calendar date (a job's 受付年月日) names a day, not an instant: no time-zone shift.
  const calendar = CALENDAR_DATE.exec(iso)
  if (calendar) {
    return { year: +calendar[1]!, month: +calendar[2]!, day: +calendar[3]!, hour: 0, minute: 0 }
  }
  const parts = Object.fromEntries(
    TOKYO_PARTS.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** 前回のログイン日時 style, zero-padded as in the manual: 2021年09月21日 10時00分. */
export function formatDateTimePadded(iso: string): string {
  const { year, month, day, hour, minute } = tokyoParts(iso)
  return `${year}年${pad(month)}月${pad(day)}日 ${pad(hour)}時${pad(minute)}分`
}

/** Job and message dates, not padded as in the manual: 2021年9月21日. */
export function formatDate(iso: string): string {
  const { year, month, day } = tokyoParts(iso)
  return `${year}年${month}月${day}日`
}

/** A date with its time, not padded: 2021年9月21日 15時30分 (messages, applications). */
export function formatDateTime(iso: string): string {
  const { hour, minute } = tokyoParts(iso)
  return `${formatDate(iso)} ${hour}時${pad(minute)}分`
}
