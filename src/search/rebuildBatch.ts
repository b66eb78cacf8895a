import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { localeSetupOf } from '../publication/localeSetup.js'
import { searchEntryOf } from './entryOf.js'
import { holdPublication, loggedSince } from './publicationGuard.js'
import { searchIndexOf } from './registry.js'
import type { SearchEntry } from './types.js'

type Data = Record<string, unknown>
type Id = number | string

/** A document of a rebuild batch as it was read, and its entries (undefined `stored`: gone). */
export interface Analyzed {
  entries: SearchEntry[]
  id: Id
  stored: string | undefined
}

/** The entries of a stored document (all locales) in every locale it is public in. */
export function entriesOf(payload: Payload, collection: CollectionSlug, doc: Data): SearchEntry[] {
  const config = payload.collections[collection]!.config
  const setup = localeSetupOf(payload.config)
  return setup.locales.flatMap((locale) => searchEntryOf(config, doc, locale, setup) ?? [])
}

export const analyze = (payload: Payload, collection: CollectionSlug, doc: Data): Analyzed => ({
  entries: entriesOf(payload, collection, doc),
  id: doc.id as Id,
  stored: JSON.stringify(doc),
})

/** Those of `keys` whose document is stored differently now than when analyzed (undefined: gone). */
async function changedSince(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  batch: Map<string, Analyzed>,
  keys: string[],
): Promise<Map<string, Data | undefined>> {
  const changed = new Map<string, Data | undefined>()
  if (!keys.length) return changed
  const { docs } = await payload.db.find({
    collection,
    limit: keys.length,
    pagination: false,
    req,
    where: { id: { in: keys.map((key) => batch.get(key)!.id) } },
  })
  const now = new Map(docs.map((doc) => [String(doc.id), doc as Data]))
  for (const key of keys) {
    const doc = now.get(key)
    if ((doc && JSON.stringify(doc)) !== batch.get(key)!.stored) changed.set(key, doc)
  }
  return changed
}

async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest, transactionID: Id | null) => Promise<T>,
): Promise<T> {
  const transactionID = await payload.db.beginTransaction()
  const req = { payload, transactionID: transactionID ?? undefined } as PayloadRequest
  try {
    const result = await work(req, transactionID)
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return result
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/**
 * Writes a batch of the rebuild, read and analyzed outside any transaction (analysis takes seconds;
 * publishers must not wait that long). A withdrawal, delete or correction that commits meanwhile
 * runs its own index write first, which finds nothing to remove in the cleared index: the batch
 * would put the old text back. So after writing it, a short transaction waits for every public
 * change under way and holds off new ones (`holdPublication`), and indexes again, as stored now,
 * each document of the batch the publication log names since `since` (the log's newest id before
 * the batch was read) — or left out when gone. Without that lock or an ordered log (MongoDB) it
 * compares every document of the batch instead, and looks again after each fix, since a change
 * may commit between its read and its fix: until nothing changed. Returns the entries written.
 */
export async function writeBatch(
  payload: Payload,
  collection: CollectionSlug,
  batch: Map<string, Analyzed>,
  since: number | undefined,
): Promise<number> {
  const index = searchIndexOf(payload)!
  const all = [...batch.values()].flatMap(({ entries }) => entries)
  await inTransaction(payload, (req) => index.index(req, all))
  for (;;) {
    const { changed, exact } = await inTransaction(payload, async (req, transactionID) => {
      const exact = (await holdPublication(payload, transactionID)) && since !== undefined
      const keys = exact
        ? [...(await loggedSince(payload, req, collection, [...batch.keys()], since))]
        : [...batch.keys()]
      const changed = await changedSince(payload, req, collection, batch, keys)
      if (!changed.size) return { changed: 0, exact }
      for (const [key, doc] of changed)
        batch.set(
          key,
          doc
            ? analyze(payload, collection, doc)
            : { ...batch.get(key)!, entries: [], stored: undefined },
        )
      await index.remove(
        req,
        [...changed.keys()].map((id) => ({ collection, id })),
      )
      await index.index(
        req,
        [...changed.keys()].flatMap((key) => batch.get(key)!.entries),
      )
      return { changed: changed.size, exact }
    })
    if (exact || !changed) break
  }
  return [...batch.values()].reduce((sum, { entries }) => sum + entries.length, 0)
}
