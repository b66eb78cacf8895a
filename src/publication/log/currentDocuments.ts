import type { CollectionSlug, Payload } from 'payload'

import { isNumericId } from '../../http/numericId.js'
import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { findPublic } from '../findPublic.js'
import { localeSetupOf } from '../localeSetup.js'
import { publicationOf } from '../publicRead.js'

/** One document in one locale, as a log entry names it. */
export interface DocumentLocale {
  collection: string
  id: string
  locale: string
}

export type PublicDoc = Record<string, unknown>

/** Reads under way at once. */
const CONCURRENT_READS = 3

export const documentLocaleKey = ({ collection, id, locale }: DocumentLocale): string =>
  `${collection}\u0000${locale}\u0000${id}`

/**
 * The documents, each in its locale, as the reader may read them now (an API client as its key
 * would over REST; without one, as the public) — keyed by {@link documentLocaleKey}; missing: not
 * readable now. One `findPublic` per collection and locale (per `reads.maxLimit` ids, the largest
 * page a public read gets), never one per document.
 */
export async function readCurrentDocuments(
  payload: Payload,
  wanted: DocumentLocale[],
  { client, depth }: { client?: object; depth: number },
): Promise<Map<string, PublicDoc>> {
  const { reads } = payload.config.custom[TWINNING] as ResolvedOptions
  const { locales } = localeSetupOf(payload.config)
  const groups = new Map<string, { collection: string; ids: Set<string>; locale: string }>()
  for (const { collection, id, locale } of wanted) {
    const group = `${collection}\u0000${locale}`
    let entry = groups.get(group)
    if (!entry) groups.set(group, (entry = { collection, ids: new Set(), locale }))
    entry.ids.add(id)
  }
  const reads_: Array<{ collection: string; ids: Array<number | string>; locale: string }> = []
  for (const { collection, ids, locale } of groups.values()) {
    const known = payload.collections[collection as CollectionSlug]
    // Entries of a collection or locale the installation no longer publishes: nothing is readable.
    if (!known || !publicationOf(known.config) || !locales.includes(locale)) continue
    const numeric = (known.customIDType ?? payload.db.defaultIDType) === 'number'
    const keys = numeric ? [...ids].filter(isNumericId).map(Number) : [...ids]
    for (let start = 0; start < keys.length; start += reads.maxLimit)
      reads_.push({ collection, ids: keys.slice(start, start + reads.maxLimit), locale })
  }
  const found = new Map<string, PublicDoc>()
  // A few reads at a time: a database server (PostgreSQL) works on one while Payload shapes another.
  let next = 0
  const worker = async () => {
    while (next < reads_.length) {
      const { collection, ids, locale } = reads_[next++]!
      const page = await findPublic(payload, {
        client,
        collection,
        depth,
        limit: ids.length,
        locale,
        where: { id: { in: ids } },
      })
      for (const doc of page.docs)
        found.set(documentLocaleKey({ collection, id: String(doc.id), locale }), doc)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENT_READS }, worker))
  return found
}
