import type { Payload } from 'payload'

import type { SearchIndex } from './types.js'

/** Each Payload instance's search index, set up at start-up (`onInit`). */
const indexes = new WeakMap<Payload, SearchIndex>()

export function setSearchIndex(payload: Payload, index: SearchIndex): void {
  indexes.set(payload, index)
}

/** The instance's search index, or undefined when search is off. */
export function searchIndexOf(payload: Payload): SearchIndex | undefined {
  return indexes.get(payload)
}
