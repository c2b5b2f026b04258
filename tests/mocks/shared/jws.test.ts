/**
 * The ID token's signature as both servers use it: signed with Mynaportal's key, verified with
 * the key set Hello Work fetched, on the simulated clock. A token that fails any check is null,
 * never a throw, whatever the token or the key set holds.
 */
import { describe, expect, it } from 'vitest'
import { advanceClock, now } from '@mocks/shared/clock'
import { generateSigningKey, signJws, verifyJws } from '@mocks/shared/jws'
import { base64url } from '@mocks/shared/secrets'

const encoder = new TextEncoder()
const segment = (value: object) => base64url(encoder.encode(JSON.stringify(value)))

async function issued(lifetimeS = 300) {
  const key = await generateSigningKey('key-1')
  const iat = Math.floor(now() / 1000)
  const claims = {
    iss: 'https://mynaportal.example',
    sub: 'abc',
    aud: 'hw',
    iat,
    exp: iat + lifetimeS,
  }
  return { key, claims, token: await signJws(claims, key) }
}

describe('signJws and verifyJws', () => {
  it('verifies a token signed with the key the set names, dated on the simulated clock', async () => {
    const { key, claims, token } = await issued()

    expect(claims.iat * 1000).toBe(Date.parse('2021-09-22T10:00:00+09:00'))
    expect(await verifyJws(token, [key.publicJwk])).toEqual(claims)
  })

  it('names the algorithm and the key in the header', async () => {
    const { key, token } = await issued()

    const header = JSON.parse(atob(token.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/')))
    expect(header).toEqual({ alg: 'ES256', typ: 'JWT', kid: 'key-1' })
    expect(key.publicJwk).not.toHaveProperty('d')
  })

  it('refuses a token once the simulated clock is past its exp', async () => {
    const { key, token } = await issued(60)

    advanceClock(61_000)

    expect(await verifyJws(token, [key.publicJwk])).toBeNull()
  })

  it('refuses a token signed by another key with the same kid', async () => {
    const { token } = await issued()
    const other = await generateSigningKey('key-1')

    expect(await verifyJws(token, [other.publicJwk])).toBeNull()
  })

  it('refuses a token whose kid no key in the set has', async () => {
    const { token } = await issued()
    const other = await generateSigningKey('key-2')

    expect(await verifyJws(token, [other.publicJwk])).toBeNull()
  })

  it('refuses a changed payload, "none", and a header without kid', async () => {
    const { key, claims, token } = await issued()
    const [header, , signature] = token.split('.')
    const changed = `${header}.${segment({ ...claims, sub: 'someone-else' })}.${signature}`
    const none = `${segment({ alg: 'none', kid: 'key-1' })}.${segment(claims)}.`
    const noKid = `${segment({ alg: 'ES256', typ: 'JWT' })}.${token.split('.')[1]}.${signature}`

    for (const forged of [changed, none, noKid]) {
      expect(await verifyJws(forged, [key.publicJwk])).toBeNull()
    }
  })

  it.each([
    ['not a token', 'abc'],
    ['four parts', 'a.b.c.d'],
    ['garbage segments', '!!.??.**'],
  ])('answers null for %s', async (_, token) => {
    const { key } = await issued()

    expect(await verifyJws(token, [key.publicJwk])).toBeNull()
  })

  it('answers null for a key set that is not one', async () => {
    const { token } = await issued()

    for (const keys of [[], [{}], [{ kty: 'EC', kid: 'key-1' }], null, 'keys'] as unknown[]) {
      expect(await verifyJws(token, keys as JsonWebKey[])).toBeNull()
    }
  })
})
