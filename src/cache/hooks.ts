import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterReadHook,
  Payload,
} from 'payload'

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

type Transactions = {
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
}

/**
 * Payload runs afterChange inside the write's transaction: until it commits, a concurrent read still
 * sees the old rows and could put them back in the cache. So each invalidation is sent again once
 * the adapter committed — before the write's response goes out.
 */
export function invalidateAfterCommit(payload: Payload, cache: ReadCache): void {
  const db = payload.db as unknown as Transactions
  if (!db?.commitTransaction || (db as { twinningCacheHooked?: boolean }).twinningCacheHooked)
    return
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transactionID = (id instanceof Promise ? await id : id) as number | string
    await commit(transactionID)
    await cache.committed(transactionID)
  }
  db.rollbackTransaction = async (id) => {
    const transactionID = (id instanceof Promise ? await id : id) as number | string
    await rollback(transactionID)
    await cache.rolledBack(transactionID)
  }
  ;(db as { twinningCacheHooked?: boolean }).twinningCacheHooked = true
}
