import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { localeSetupOf } from '../publication/localeSetup.js'
import type { LogEntry } from '../publication/log/append.js'
import { searchEntryOf } from './entryOf.js'
import { searchIndexOf } from './registry.js'
import type { SearchEntry, SearchKey } from './types.js'

type Data = Record<string, unknown>

/**
 * Keeps the search index in step with the publication log: the locales just published or updated
 * are (re)indexed from the stored document, the withdrawn and deleted ones removed. It runs in the
 * write's transaction, so the change is searchable (or gone) when the write returns, and a rollback
 * takes it back with everything else.
 */
export async function followPublication(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  after: Data | null,
  changes: LogEntry[],
): Promise<void> {
  const index = searchIndexOf(req.payload)
  if (!index || !changes.length) return
  const setup = localeSetupOf(req.payload.config)
  const put: SearchEntry[] = []
  const gone: SearchKey[] = []
  for (const { change, documentId, locale } of changes) {
    const entry =
      after && (change === 'published' || change === 'updated')
        ? searchEntryOf(collection, after, locale, setup)
        : undefined
    if (entry) put.push(entry)
    else gone.push({ collection: collection.slug, id: documentId, locale })
  }
  if (gone.length) await index.remove(req, gone)
  if (put.length) await index.index(req, put)
}

/**
 * Brings every locale of one stored document in line with what is public now, when no log entries
 * name the locales (a photo's rights ending or extended: the photo's public view comes and goes
 * with the date, not with a write): its entries are dropped, then each locale it is public in is
 * indexed again, built as everywhere else (`searchEntryOf`). In the request's transaction.
 */
export async function reindexDocument(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  stored: Data,
): Promise<void> {
  const index = searchIndexOf(req.payload)
  if (!index) return
  const setup = localeSetupOf(req.payload.config)
  await index.remove(req, [{ collection: collection.slug, id: String(stored.id) }])
  const put = setup.locales
    .map((locale) => searchEntryOf(collection, stored, locale, setup))
    .filter((entry): entry is SearchEntry => entry !== undefined)
  if (put.length) await index.index(req, put)
}

/**
 * A deleted document leaves nothing in the index: every locale goes, whatever its public view
 * before the delete (an expired photo has none, yet may still be indexed until the job runs).
 */
export async function forgetDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  await searchIndexOf(req.payload)?.remove(req, [{ collection, id: String(id) }])
}
