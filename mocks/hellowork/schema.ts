import * as v from 'valibot'
import { auditEvent, count, instant, secretHash, text } from '../shared/schemaParts'
import type { HwData } from './db'

/** The shape and ranges Hello Work's stored document must have to be read (shared/persistence.ts). */
const job = v.object({
  jobNumber: text,
  occupation: text,
  status: v.picklist(['有効', '無効']),
  receivedOn: text,
  applicationDeadline: text,
  category: text,
  workingHours: text,
  employer: text,
  holidays: text,
  workplace: text,
  ageLimit: text,
  duties: text,
  employmentType: text,
  wage: text,
  disclosure: text,
  tags: v.array(text),
  openings: count,
  section: v.picklist(['online', 'requested', 'search']),
})

export const hwDataSchema: v.GenericSchema<unknown, HwData> = v.object({
  accounts: v.array(
    v.object({
      id: text,
      email: text,
      displayName: text,
      password: secretHash,
      failedLogins: count,
      lockedUntil: v.nullable(instant),
      jobSeekerNumber: text,
      officeName: text,
      disclosureStatus: text,
      registrationValid: v.boolean(),
      otpRequired: v.boolean(),
      lastLoginAt: instant,
      previousLoginAt: instant,
    }),
  ),
  sessions: v.array(
    v.object({
      id: text,
      accountId: text,
      csrfToken: text,
      createdAt: instant,
      lastSeenAt: v.optional(instant),
    }),
  ),
  transactions: v.array(
    v.object({
      id: text,
      purpose: v.picklist(['link', 'sso']),
      state: text,
      nonce: text,
      codeVerifier: text,
      csrfToken: text,
      createdAt: instant,
      expiresAt: instant,
      stage: v.picklist(['authorizing', 'authenticated', 'consumed']),
      iss: v.optional(text),
      sub: v.optional(text),
      accessToken: v.optional(text),
      completedLocation: v.optional(text),
    }),
  ),
  links: v.array(
    v.object({
      accountId: text,
      iss: text,
      sub: text,
      linkedAt: instant,
      pending: v.optional(v.object({ ticketHash: text, expiresAt: instant })),
    }),
  ),
  tickets: v.array(
    v.object({
      ticketHash: text,
      iss: text,
      sub: text,
      expiresAt: instant,
      used: v.boolean(),
      redeemedWith: v.optional(text),
      voided: v.optional(v.picklist(['superseded', 'revoked'])),
    }),
  ),
  otpChallenges: v.array(
    v.object({
      id: text,
      accountId: text,
      codeHash: secretHash,
      createdAt: instant,
      expiresAt: instant,
    }),
  ),
  otpCodesIssued: v.optional(count),
  unknownAddresses: v.array(
    v.object({ emailHash: text, failedLogins: count, lockedUntil: v.nullable(instant) }),
  ),
  client: v.object({ id: text, secret: text }),
  mynaportalBackChannelTokenDigest: text,
  jobs: v.array(job),
  messages: v.array(
    v.object({ id: text, subject: text, body: text, sentAt: instant, read: v.boolean() }),
  ),
  applications: v.array(v.object({ jobNumber: text, appliedAt: instant, status: text })),
  audit: v.array(auditEvent),
})
