/**
 * Random identifiers and one-way hashes, all through Web Crypto. PINs and passwords are stored as
 * salted PBKDF2 hashes; codes, tickets, tokens and the servers' own credentials are stored as
 * SHA-256 hashes, so nothing a person typed or a browser carried can be read back from the mock
 * servers' data.
 */
export interface SecretHash {
  salt: string
  hash: string
}

const PBKDF2_ITERATIONS = 10_000
const encoder = new TextEncoder()

export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let binary = ''
  for (const byte of view) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function base64urlDecode(text: string): Uint8Array<ArrayBuffer> {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)
  const binary = atob(padded)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function randomToken(byteLength = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(byteLength)))
}

export async function sha256(text: string): Promise<string> {
  return base64url(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

export async function hashSecret(secret: string, salt = randomToken(16)): Promise<SecretHash> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(salt), iterations: PBKDF2_ITERATIONS },
    key,
    256,
  )
  return { salt, hash: base64url(bits) }
}

/**
 * For machine credentials (a client secret, a back-channel token): long random strings, kept as
 * a SHA-256 digest like codes and tokens. PBKDF2 only slows the guessing of short secrets that
 * people type; here it would cost each token exchange 1.5 ms and protect nothing more.
 */
export async function matchesDigest(secret: string, digest: string): Promise<boolean> {
  return constantTimeEqual(await sha256(secret), digest)
}

export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const candidate = await hashSecret(secret, stored.salt)
  return constantTimeEqual(candidate.hash, stored.hash)
}

export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return difference === 0
}

/** RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))). */
export function pkceChallenge(verifier: string): Promise<string> {
  return sha256(verifier)
}
