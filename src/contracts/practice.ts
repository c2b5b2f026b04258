/**
 * The default persona's practice secrets, the same in every scenario. They are shown on screen as hints, the
 * mock servers seed their hashes from here, and the flows type them in: one place to change.
 */
export const PRACTICE_PERSONA = {
  displayName: '明日 勇気',
  email: 'yuki.ashita@example.jp',
  password: 'Ashita2021',
  pin: '1234',
  jobSeekerNumber: '13010-01234567',
  officeName: '飯田橋公共職業安定所',
} as const

/** A second Mynaportal user, for the situations that need someone else (linked elsewhere, …). */
export const PRACTICE_OTHER_USER = { displayName: '山田 花子', pin: '5678' } as const
