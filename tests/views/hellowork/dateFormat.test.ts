import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDateTimePadded } from '@/formatters/japaneseDate'

describe('Hello Work’s date formats', () => {
  it('prints an instant in Japan time, zero-padded, whatever the host’s time zone', () => {
    // 01:00 UTC is 10:00 in Tokyo; a host in UTC or New York must still print 10時00分.
    expect(formatDateTimePadded('2021-09-21T01:00:00.000Z')).toBe('2021年09月21日 10時00分')
    expect(formatDateTimePadded('2021-09-20T15:05:00.000Z')).toBe('2021年09月21日 00時05分')
  })

  it.each([
    ['2021-09-21', '2021年9月21日'],
    ['2021-11-30', '2021年11月30日'],
    ['2021-09-20T15:30:00.000Z', '2021年9月21日'],
  ])('prints %s as %s, not padded', (input, expected) => {
    expect(formatDate(input)).toBe(expected)
  })

  it('prints a date with its time for messages and applications', () => {
    expect(formatDateTime('2021-09-21T06:30:00.000Z')).toBe('2021年9月21日 15時30分')
  })
})
