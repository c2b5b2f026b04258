/**
 * Server data lives in localStorage so that it survives a reload and is the same in every tab.
 * Each document is one JSON value in a versioned envelope; a document written by another schema
 * version is ignored (and the scenario is seeded again) rather than misread.
 *
 * Writes are read-modify-write inside a lock: the Web Locks API where the browser has it (it
 * spans tabs), otherwise a promise chain (one JavaScript context, as in Node tests). Updaters are
 * synchronous, so no document's lock is ever held across a network call; an updater that throws saves
 * nothing, which is how every endpoint fails without leaving half-done state.
 */
/** 2: the servers' own credentials are kept as SHA-256 digests instead of PBKDF2 hashes. */
export const SCHEMA_VERSION = 2
const NAMESPACE = 'mhsim'

interface Envelope<T> {
  schemaVersion: number
  data: T
}

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

const localChains = new Map<string, Promise<unknown>>()

/** Also for work that spans requests (a ⑤ and a やめる of one user): `work` may return a promise. */
export function withLock<R>(key: string, work: () => R): Promise<R> {
  const locks = globalThis.navigator?.locks
  if (locks) return locks.request(key, () => work()) as Promise<R>
  const previous = localChains.get(key) ?? Promise.resolve()
  const next = previous.then(work, work)
  localChains.set(
    key,
    next.catch(() => undefined),
  )
  return next
}

export class MissingDocumentError extends Error {
  constructor(key: string) {
    super(`${key} has not been seeded`)
  }
}

export interface PersistentDocument<T> {
  readonly key: string
  load(): T | undefined
  read(): T
  save(data: T): void
  update<R>(updater: (data: T) => R): Promise<R>
  clear(): void
}

export function defineDocument<T>(name: string): PersistentDocument<T> {
  const key = storageKey(name)

  function load(): T | undefined {
    const raw = globalThis.localStorage.getItem(key)
    if (raw === null) return undefined
    try {
      const envelope = JSON.parse(raw) as Envelope<T>
      return envelope.schemaVersion === SCHEMA_VERSION ? envelope.data : undefined
    } catch {
      return undefined
    }
  }

  function read(): T {
    const data = load()
    if (data === undefined) throw new MissingDocumentError(key)
    return data
  }

  function save(data: T): void {
    const envelope: Envelope<T> = { schemaVersion: SCHEMA_VERSION, data }
    globalThis.localStorage.setItem(key, JSON.stringify(envelope))
  }

  return {
    key,
    load,
    read,
    save,
    update: (updater) =>
      withLock(key, () => {
        const data = read()
        const result = updater(data)
        save(data)
        return result
      }),
    clear: () => globalThis.localStorage.removeItem(key),
  }
}
