import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { localeSetupOf } from '../publication/localeSetup.js'
import { refreshStatistics } from '../setup/refreshStatistics.js'
import { publicationOf } from '../publication/publicRead.js'
import { searchEntryOf } from './entryOf.js'
import { searchIndexOf } from './registry.js'
import type { SearchEntry } from './types.js'

type Data = Record<string, unknown>

export interface RebuildReport {
  documents: number
  entries: number
  milliseconds: number
}

/**
 * Indexes documents (stored, all locales) in every locale they are public in, in one transaction:
 * the seed and the rebuild use it; publishing keeps the index current on its own.
 */
export async function indexDocuments(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  collection: CollectionSlug,
  docs: Data[],
): Promise<number> {
  const index = searchIndexOf(payload)
  if (!index || !docs.length) return 0
  const config = payload.collections[collection]!.config
  const setup = localeSetupOf(payload.config)
  const entries: SearchEntry[] = []
  for (const doc of docs) {
    for (const locale of setup.locales) {
      const entry = searchEntryOf(config, doc, locale, setup)
      if (entry) entries.push(entry)
    }
  }
  await index.index(req as PayloadRequest | undefined, entries)
  return entries.length
}

/** Empties the search index and fills it again from the database (`npm run search -- --rebuild`). */
export async function rebuildSearchIndex(
  payload: Payload,
  {
    batch = 500,
    onBatch,
  }: { batch?: number; onBatch?: (collection: string, done: number) => void } = {},
): Promise<RebuildReport> {
  const started = performance.now()
  const index = searchIndexOf(payload)
  if (!index) throw new Error('twinning: search is turned off (search: false).')
  await index.clear()
  let documents = 0
  let entries = 0
  for (const collection of payload.config.collections.filter((c) => publicationOf(c))) {
    const slug = collection.slug as CollectionSlug
    let lastId: number | string | undefined
    let done = 0
    for (;;) {
      // Keyset paging by id: constant cost per batch however deep into the archive.
      const page = await payload.db.find({
        collection: slug,
        limit: batch,
        pagination: false,
        sort: 'id',
        where: lastId === undefined ? {} : { id: { greater_than: lastId } },
      })
      const docs = page.docs as Data[]
      if (!docs.length) break
      const transactionID = await payload.db.beginTransaction()
      const req = { payload, transactionID: transactionID ?? undefined }
      try {
        entries += await indexDocuments(payload, req, slug, docs)
        if (transactionID) await payload.db.commitTransaction(transactionID)
      } catch (error) {
        if (transactionID) await payload.db.rollbackTransaction(transactionID)
        throw error
      }
      documents += docs.length
      done += docs.length
      lastId = docs.at(-1)!.id as number | string
      onBatch?.(slug, done)
      if (docs.length < batch) break
    }
  }
  // The PostgreSQL index picks its plan from the table's size estimate: give it the new one.
  await refreshStatistics(payload, { afterBulkWrite: true })
  return { documents, entries, milliseconds: Math.round(performance.now() - started) }
}
