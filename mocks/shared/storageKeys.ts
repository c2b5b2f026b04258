/**
 * Where the simulator keeps its documents in localStorage: one key per document, under a prefix
 * that names the schema version, so a browser holding another version's data never misreads it.
 */
/** 2: the servers' own credentials are kept as SHA-256 digests instead of PBKDF2 hashes. */
export const SCHEMA_VERSION = 2
const NAMESPACE = 'mhsim'

export function storageKey(name: string): string {
  return `${NAMESPACE}:v${SCHEMA_VERSION}:${name}`
}

/**
 * Removes what another schema version stored: it is never read again (those documents are seeded
 * anew), so without this an upgrade would leave the old data in the browser for good. Other
 * sites' keys on the same origin are not ours to touch.
 */
export function forgetOtherVersions(): void {
  const storage = globalThis.localStorage
  const ours = `${NAMESPACE}:v`
  const current = `${ours}${SCHEMA_VERSION}:`
  for (let index = storage.length - 1; index >= 0; index--) {
    const key = storage.key(index)
    if (key?.startsWith(ours) && !key.startsWith(current)) storage.removeItem(key)
  }
}
