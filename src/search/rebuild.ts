import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { refreshStatistics } from '../setup/refreshStatistics.js'
import { publicationOf } from '../publication/publicRead.js'
import { logCursor } from './publicationGuard.js'
import { type Analyzed, analyze, entriesOf, writeBatch } from './rebuildBatch.js'
import { searchIndexOf } from './registry.js'

type Data = Record<string, unknown>

export interface RebuildReport {
  documents: number
  entries: number
  milliseconds: number
}

/**
 * Indexes documents (stored, all locales) in every locale they are public in, in one transaction:
 * the seed uses it; publishing keeps the index current on its own.
 */
export async function indexDocuments(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  collection: CollectionSlug,
  docs: Data[],
): Promise<number> {
  const index = searchIndexOf(payload)
  if (!index || !docs.length) return 0
  const entries = docs.flatMap((doc) => entriesOf(payload, collection, doc))
  await index.index(req as PayloadRequest | undefined, entries)
  return entries.length
}

export interface RebuildOptions {
  batch?: number
  onBatch?: (collection: string, done: number) => void
  /** Runs after a batch is read and analyzed, before it is written (tests interleave writes here). */
  beforeWrite?: (collection: string, ids: Array<number | string>) => Promise<void> | void
}

/**
 * Empties the search index and fills it again from the database (`npm run search -- --rebuild`).
 * Publishing goes on meanwhile: each batch is written in step with it (`rebuildBatch.ts`).
 */
export async function rebuildSearchIndex(
  payload: Payload,
  { batch = 500, beforeWrite, onBatch }: RebuildOptions = {},
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
      // Before the read: changes logged after it are the ones the batch may have missed.
      const since = await logCursor(payload)
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
      const analyzed = new Map<string, Analyzed>()
      for (const doc of docs) analyzed.set(String(doc.id), analyze(payload, slug, doc))
      await beforeWrite?.(
        slug,
        docs.map((doc) => doc.id as number | string),
      )
      entries += await writeBatch(payload, slug, analyzed, since)
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
