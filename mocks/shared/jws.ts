import { createLocalJWKSet, importJWK, jwtVerify, SignJWT } from 'jose'
import type { JSONWebKeySet, JWTHeaderParameters, JWTPayload } from 'jose'
import { now } from './clock'

/**
 * ES256 (ECDSA P-256, SHA-256) JWTs through jose, on Web Crypto keys: Mynaportal signs ID tokens
 * with its private key, Hello Work verifies them with the public keys it fetched from /jwks.
 * Times are the simulated clock's: the caller puts `iat` and `exp` in the payload, and a check
 * of `exp` (and `nbf`) is made at the simulated time, never at the machine's.
 */
const ALG = 'ES256'

export interface SigningKey {
  kid: string
  privateJwk: JsonWebKey
  publicJwk: JsonWebKey
}

/** Web Crypto's own export, so the published key says what it may do (`key_ops`, `ext`). */
export async function generateSigningKey(kid: string): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey)
  return {
    kid,
    privateJwk,
    publicJwk: { ...publicJwk, kid, alg: ALG, use: 'sig' } as JsonWebKey,
  }
}

/**
 * Imported keys kept by their JWK: an import is one more trip to the browser's crypto thread on
 * every sign-on, for a key that changes only when a scenario is loaded. Each load makes a new
 * pair, so only the last few are kept; one that fails to import is tried again next time.
 */
const KEPT = 8
// Process-wide on purpose: keyed by the key itself, so sets of servers share only equal keys.
const signingKeys = new Map<string, Promise<CryptoKey>>()
/** jose's local key set imports each of its keys once, so the same set is handed out again. */
const keySets = new Map<string, ReturnType<typeof createLocalJWKSet>>()

function kept<T>(cache: Map<string, T>, id: string, make: () => T): T {
  let value = cache.get(id)
  if (value === undefined) {
    value = make()
    cache.set(id, value)
    if (cache.size > KEPT) cache.delete(cache.keys().next().value!)
  }
  return value
}

function signingKeyOf(jwk: JsonWebKey): Promise<CryptoKey> {
  const id = JSON.stringify(jwk)
  return kept(signingKeys, id, () => {
    // Non-extractable: nothing needs the private key out of Web Crypto again.
    const key = importJWK(jwk, ALG, { extractable: false }) as Promise<CryptoKey>
    key.catch(() => signingKeys.delete(id))
    return key
  })
}

export async function signJws(payload: object, key: SigningKey): Promise<string> {
  // The claims as given: SignJWT adds no `iat` of its own unless setIssuedAt() is called.
  return new SignJWT(payload as JWTPayload)
    .setProtectedHeader({ alg: ALG, typ: 'JWT', kid: key.kid })
    .sign(await signingKeyOf(key.privateJwk))
}

/**
 * The payload when the signature verifies with the key of `keys` the token's `kid` names and
 * the token has not expired on the simulated clock, otherwise null (never a throw: the keys
 * come from the other server). Only ES256: never "none", never an algorithm the token chooses.
 */
export async function verifyJws(token: string, keys: JsonWebKey[]): Promise<unknown | null> {
  try {
    const keySet = kept(keySets, JSON.stringify(keys), () =>
      createLocalJWKSet({ keys: keys as JSONWebKeySet['keys'] }),
    )
    // A token must name its key: the set would otherwise try the only key it has.
    const namedKey = (header: JWTHeaderParameters) => {
      if (typeof header.kid !== 'string') throw new TypeError('no kid')
      return keySet(header)
    }
    const { payload } = await jwtVerify(token, namedKey, {
      algorithms: [ALG],
      currentDate: new Date(now()),
    })
    return payload
  } catch {
    return null
  }
}
