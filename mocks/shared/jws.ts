import { base64url, base64urlDecode } from './secrets'

/**
 * Compact JWS with ES256 (ECDSA P-256, SHA-256) through Web Crypto: Mynaportal signs ID tokens
 * with its private key, Hello Work verifies them with the public key it fetched from /jwks.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const
const encoder = new TextEncoder()
const decoder = new TextDecoder()

export interface SigningKey {
  kid: string
  privateJwk: JsonWebKey
  publicJwk: JsonWebKey
}

export async function generateSigningKey(kid: string): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey)
  return {
    kid,
    privateJwk,
    publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' } as JsonWebKey,
  }
}

/**
 * Keys as Web Crypto objects, by their JWK: an import is one more trip to the browser's crypto
 * thread on every sign-on, for a key that changes only when a scenario is loaded. Non-extractable,
 * like the imports they replace.
 */
const imported = new Map<string, Promise<CryptoKey>>()
const IMPORTS_KEPT = 8

function importOnce(jwk: JsonWebKey, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const id = `${usage}:${JSON.stringify(jwk)}`
  let key = imported.get(id)
  if (!key) {
    key = crypto.subtle.importKey('jwk', jwk, ALGORITHM, false, [usage])
    // A key that fails to import is not kept: the next try imports it again.
    key.catch(() => imported.delete(id))
    imported.set(id, key)
    // Each scenario load makes a new key pair: the oldest imports go.
    if (imported.size > IMPORTS_KEPT) imported.delete(imported.keys().next().value!)
  }
  return key
}

export async function signJws(payload: object, key: SigningKey): Promise<string> {
  const header = { alg: 'ES256', typ: 'JWT', kid: key.kid }
  const signingInput = `${encodeJson(header)}.${encodeJson(payload)}`
  const privateKey = await importOnce(key.privateJwk, 'sign')
  const signature = await crypto.subtle.sign(SIGNATURE, privateKey, encoder.encode(signingInput))
  return `${signingInput}.${base64url(signature)}`
}

/** Returns the payload when the signature verifies with one of `keys`, otherwise null. */
export async function verifyJws(token: string, keys: JsonWebKey[]): Promise<unknown | null> {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string]
  let header: { alg?: string; kid?: string }
  try {
    header = decodeJson(encodedHeader) as { alg?: string; kid?: string }
  } catch {
    return null
  }
  // Only the algorithm we registered: never "none", never one chosen by the token.
  if (header.alg !== 'ES256') return null
  const jwk = keys.find((candidate) => (candidate as { kid?: string }).kid === header.kid)
  if (!jwk) return null
  const {
    kid: _kid,
    alg: _alg,
    use: _use,
    ...keyMaterial
  } = jwk as JsonWebKey & {
    kid?: string
    use?: string
  }
  const publicKey = await importOnce(keyMaterial, 'verify')
  const valid = await crypto.subtle.verify(
    SIGNATURE,
    publicKey,
    base64urlDecode(encodedSignature),
    encoder.encode(`${encodedHeader}.${encodedPayload}`),
  )
  if (!valid) return null
  try {
    return decodeJson(encodedPayload)
  } catch {
    return null
  }
}

function encodeJson(value: object): string {
  return base64url(encoder.encode(JSON.stringify(value)))
}

function decodeJson(segment: string): unknown {
  return JSON.parse(decoder.decode(base64urlDecode(segment)))
}
