import * as v from 'valibot'
import type { StoredDocument } from '@/contracts/simulator'
import { noteStorageReset } from './resetNotice'
import { SCHEMA_VERSION, storageKey } from './storageKeys'

/**
 * Server data lives in localStorage so that it survives a reload and is the same in every tab.
 * Each document is one JSON value in a versioned envelope, checked against its schema whenever
 * it is read: the browser's storage is input like any other (an old profile, a hand edit, a
 * crash half way), so a document that fails is removed and noted, and its owner starts it anew.
 *
 * Writes are read-modify-write inside a lock: the Web Locks API where the browser has it (it
 * spans tabs), otherwise a promise chain (one JavaScript context, as in Node tests). Updaters are
 * synchronous, so no document's lock is ever held across a network call; an updater that throws saves
 * nothing, which is how every endpoint fails without leaving half-done state.
 */
export { forgetOtherVersions, SCHEMA_VERSION, storageKey } from './storageKeys'

interface Envelope<T> {
  schemaVersion: number
  data: T
}

// Process-wide on purpose, like the Web Locks it stands in for: the documents are the page's.
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

/** The browser refused a write: its storage for this page is full. Nothing was saved. */
export class StorageFullError extends Error {
  constructor(key: string) {
    super(`${key} could not be saved: the browser's storage is full`)
  }
}

function isQuotaExceeded(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
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

/**
 * Under test every write is checked too, so a handler that stores what the schema would refuse
 * on the next load fails its own test instead of resetting a trainer's data later.
 */
const CHECK_WRITES = import.meta.env?.MODE === 'test'

/**
 * `label` names the document in the notice a trainer sees once it has been reset; a document
 * without one (derived data such as the log's epoch) is reset silently with the one it serves.
 */
export function defineDocument<T>(
  name: string,
  schema: v.GenericSchema<unknown, T>,
  label?: StoredDocument,
): PersistentDocument<T> {
  const key = storageKey(name)
  /**
   * The last stored text known to be valid (checked here, or written here). Every request reads
   * both servers' documents, and most reads find what the previous request wrote, so each
   * stored version is checked once rather than on every read.
   */
  let trusted: string | undefined

  function checked(raw: string): T | undefined {
    try {
      const envelope = JSON.parse(raw) as Partial<Envelope<unknown>> | null
      if (envelope?.schemaVersion !== SCHEMA_VERSION) return undefined
      // Only checked, not rebuilt: fields a newer build added are kept as they were.
      return v.is(schema, envelope.data) ? (envelope.data as T) : undefined
    } catch {
      return undefined
    }
  }

  function load(): T | undefined {
    const storage = globalThis.localStorage
    const raw = storage.getItem(key)
    if (raw === null) return undefined
    if (raw === trusted) return (JSON.parse(raw) as Envelope<T>).data
    const data = checked(raw)
    if (data === undefined) {
      storage.removeItem(key)
      if (label) noteStorageReset(label)
      return undefined
    }
    trusted = raw
    return data
  }

  function read(): T {
    const data = load()
    if (data === undefined) throw new MissingDocumentError(key)
    return data
  }

  function save(data: T): void {
    if (CHECK_WRITES) v.parse(schema, data)
    const raw = JSON.stringify({ schemaVersion: SCHEMA_VERSION, data } satisfies Envelope<T>)
    try {
      globalThis.localStorage.setItem(key, raw)
    } catch (error) {
      if (isQuotaExceeded(error)) throw new StorageFullError(key)
      throw error
    }
    trusted = raw
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
