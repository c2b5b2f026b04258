import * as v from 'valibot'
import { auditEvent, count, instant, secretHash, text } from '../shared/schemaParts'
import type { MynaData } from './db'

/** Login requests kept at most; the oldest go first (handlers/loginRequests.ts). */
export const LOGIN_REQUESTS_KEPT = 50

/** The shape and ranges Mynaportal's stored document must have to be read (shared/persistence.ts). */
const authorizationRequest = v.object({
  id: text,
  clientId: text,
  redirectUri: text,
  state: text,
  nonce: text,
  codeChallenge: text,
  prompt: v.picklist(['consent', 'none', '']),
  decidedLocation: v.optional(text),
})

const jwk = v.looseObject({ kty: v.literal('EC'), crv: v.literal('P-256'), x: text, y: text })

export const mynaDataSchema: v.GenericSchema<unknown, MynaData> = v.object({
  users: v.array(
    v.object({
      id: text,
      displayName: text,
      cardId: text,
      cardHolderName: text,
      practicePin: text,
      pin: secretHash,
      failedPinAttempts: count,
      pinLocked: v.boolean(),
    }),
  ),
  sessions: v.array(
    v.object({
      id: text,
      userId: v.nullable(text),
      csrfToken: text,
      createdAt: instant,
      lastSeenAt: v.optional(instant),
      signOnIntent: v.optional(v.object({ clientId: text, expiresAt: instant })),
      pendingAuthorization: v.optional(authorizationRequest),
      lastCompletion: v.optional(
        v.object({ siteId: text, at: instant, ticketHash: v.optional(text) }),
      ),
    }),
  ),
  clients: v.array(
    v.object({
      id: text,
      name: text,
      redirectUri: text,
      initiateLoginUri: text,
      secretDigest: text,
      sectorId: text,
    }),
  ),
  pairwiseSubjects: v.array(v.object({ userId: text, sectorId: text, sub: text })),
  codes: v.array(
    v.object({
      codeHash: text,
      clientId: text,
      redirectUri: text,
      codeChallenge: text,
      nonce: text,
      sub: text,
      sessionId: text,
      expiresAt: instant,
      used: v.boolean(),
    }),
  ),
  accessTokens: v.array(
    v.object({ tokenHash: text, sub: text, clientId: text, sessionId: text, expiresAt: instant }),
  ),
  connections: v.array(v.object({ userId: text, siteId: text, connectedAt: instant })),
  completing: v.optional(
    v.array(
      v.object({
        userId: text,
        siteId: text,
        sessionId: text,
        sub: text,
        ticket: text,
        ticketHash: text,
        idempotencyKey: text,
        startedAt: instant,
      }),
    ),
  ),
  otherSites: v.array(v.object({ id: text, name: text, description: text })),
  loginRequests: v.optional(
    v.pipe(
      v.array(
        v.object({
          id: text,
          browserHash: text,
          method: v.picklist(['qr', 'phone', 'phone-card']),
          createdAt: instant,
          expiresAt: instant,
          state: v.picklist(['waiting', 'read', 'approved', 'used', 'replaced']),
          phoneHash: v.optional(text),
          userId: v.optional(text),
          touches: v.optional(count),
        }),
      ),
      v.maxLength(LOGIN_REQUESTS_KEPT),
    ),
  ),
  signInFaults: v.optional(
    v.object({
      cardNotDetected: v.boolean(),
      codeExpired: v.boolean(),
      phoneCertificateExpired: v.boolean(),
    }),
  ),
  signingKey: v.object({
    kid: text,
    privateJwk: v.looseObject({ ...jwk.entries, d: text }),
    publicJwk: jwk,
  }),
  helloworkBackChannelToken: text,
  audit: v.array(auditEvent),
})
