import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterReadHook,
  Payload,
} from 'payload'

import { onTransactionEnd, type TransactionListener } from '../hooks/afterCommit.js'
import { changesPublicRow } from '../publication/changesPublicRow.js'
import type { ReadCache } from './readCache.js'
import { addRelationTags } from './relationTags.js'
import { documentTag, listTag, requestTags } from './requestTags.js'

/** While a cached answer renders: tag it with each document read and each document those refer to. */
export const recordReadTags: CollectionAfterReadHook = ({ collection, doc, req }) => {
  const tags = requestTags.getStore()
  if (!tags || !doc || typeof doc !== 'object') return doc
  if (doc.id !== undefined) tags.add(documentTag(collection.slug, doc.id))
  addRelationTags(collection.flattenedFields, doc, tags, req.locale === 'all')
  return doc
}

const tagsOfChange = (collection: string, id: unknown) => [
  documentTag(collection, id),
  listTag(collection),
]

/**
 * A write that can change what the public reads — create, publish or unpublish of a locale,
 * scheduled or not, any write outside per-locale publishing — drops what showed the document.
 * Draft saves do not: the public never reads them (the same rule decides what enters the log).
 */
export const invalidateOnChange =
  (cache: ReadCache): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    if (!changesPublicRow(collection, operation, req)) return doc
    await cache.changed(req, tagsOfChange(collection.slug, doc.id))
    return doc
  }

export const invalidateOnDelete =
  (cache: ReadCache): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await cache.changed(req, tagsOfChange(collection.slug, doc?.id ?? id))
    return doc
  }

const ends = new WeakMap<ReadCache, TransactionListener>()

/**
 * Payload runs afterChange inside the write's transaction: until it commits, a concurrent read still
 * sees the old rows and could put them back in the cache. So each invalidation is sent again once
 * the adapter committed (or rolled back) — before the write's response goes out.
 */
export function invalidateAfterCommit(payload: Payload, cache: ReadCache): void {
  let listener = ends.get(cache)
  if (!listener) {
    listener = (transactionID, committed) =>
      committed ? cache.committed(transactionID) : cache.rolledBack(transactionID)
    ends.set(cache, listener)
  }
  onTransactionEnd(payload.db, listener)
}
