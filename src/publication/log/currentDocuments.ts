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

interface Batch {
  collection: string
  ids: Array<number | string>
  locale: string
}

/**
 * The reads that fetch `wanted`: per collection and locale, up to `maxLimit` ids each (the largest
 * page a public read gets). Entries of a collection or locale the installation no longer
 * publishes, or with ids its database cannot hold, need no read: nothing of them is readable.
 */
function batchesOf(payload: Payload, wanted: DocumentLocale[], maxLimit: number): Batch[] {
  const { locales } = localeSetupOf(payload.config)
  const groups = new Map<string, { collection: string; ids: Set<string>; locale: string }>()
  for (const { collection, id, locale } of wanted) {
    const key = `${collection}\u0000${locale}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { collection, ids: new Set(), locale }))
    group.ids.add(id)
  }
  const batches: Batch[] = []
  for (const { collection, ids, locale } of groups.values()) {
    const known = payload.collections[collection as CollectionSlug]
    if (!known || !publicationOf(known.config) || !locales.includes(locale)) continue
    const numeric = (known.customIDType ?? payload.db.defaultIDType) === 'number'
    const keys = numeric ? [...ids].filter(isNumericId).map(Number) : [...ids]
    for (let start = 0; start < keys.length; start += maxLimit)
      batches.push({ collection, ids: keys.slice(start, start + maxLimit), locale })
  }
  return batches
}

/**
 * The documents, each in its locale, as the reader may read them now (an API client as its key
 * would over REST; without one, as the public) — keyed by {@link documentLocaleKey}; missing: not
 * readable now. One `findPublic` per collection and locale (and per `reads.maxLimit` ids), never
 * one per document.
 */
export async function readCurrentDocuments(
  payload: Payload,
  wanted: DocumentLocale[],
  { client, depth }: { client?: object; depth: number },
): Promise<Map<string, PublicDoc>> {
  const { reads } = payload.config.custom[TWINNING] as ResolvedOptions
  const batches = batchesOf(payload, wanted, reads.maxLimit)
  const found = new Map<string, PublicDoc>()
  // A few reads at a time: a database server (PostgreSQL) works on one while Payload shapes another.
  let next = 0
  const worker = async () => {
    while (next < batches.length) {
      const { collection, ids, locale } = batches[next++]!
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
