import * as v from 'valibot'
import { STORED_DOCUMENT_NAMES, type StoredDocument } from '@/contracts/simulator'
import { storageKey } from './storageKeys'

/**
 * Which stored documents were found damaged and set back to their initial state, kept until the
 * next scenario is loaded, so the launcher and the console can say so in every tab and after a
 * reload. It is itself stored, so it is checked too: unreadable, it is simply forgotten.
 */
const KEY = storageKey('storage-reset')
const schema = v.array(v.picklist(Object.keys(STORED_DOCUMENT_NAMES) as StoredDocument[]))

export function storageResets(): StoredDocument[] {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage.getItem(KEY) ?? '[]')
    if (v.is(schema, value)) return value
  } catch {
    // falls through: a notice that cannot be read is dropped, it holds nothing else
  }
  globalThis.localStorage.removeItem(KEY)
  return []
}

export function noteStorageReset(...documents: StoredDocument[]): void {
  const noted = storageResets()
  const all = [...noted, ...documents.filter((name) => !noted.includes(name))]
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify(all))
  } catch {
    // A full storage must not turn the repair into a failure: the reset itself has happened.
  }
}

export function clearStorageResets(): void {
  globalThis.localStorage.removeItem(KEY)
}
