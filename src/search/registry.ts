import type { Payload } from 'payload'

import type { SearchIndex } from './types.js'

/** Each Payload instance's search index, set up at start-up (`onInit`). */
const indexes = new WeakMap<Payload, SearchIndex>()

/** Sets (or, with undefined, detaches) the instance's search index. */
export function setSearchIndex(payload: Payload, index: SearchIndex | undefined): void {
  if (index) indexes.set(payload, index)
  else indexes.delete(payload)
}

/** The instance's search index, or undefined when search is off. */
export function searchIndexOf(payload: Payload): SearchIndex | undefined {
  return indexes.get(payload)
}
