import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'

/**
 * Has this document ever been public in `locale`? Public now (its stored `availableLocales`), or a
 * `published` entry in the publication log — which every publishing path appends to in the write's
 * transaction: REST and admin publishes, scheduled jobs, XLIFF import + publish, the archive seed.
 * A withdrawn locale stays "ever published": its slug is out in the world.
 */
export async function everPublished(
  req: PayloadRequest,
  collection: string,
  document: string,
  locale: string,
  availableLocales?: unknown,
): Promise<boolean> {
  if (Array.isArray(availableLocales) && availableLocales.includes(locale)) return true
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const { totalDocs } = await req.payload.db.count({
    collection: slugs.publicationLog,
    req,
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: document } },
        { locale: { equals: locale } },
        { change: { equals: 'published' } },
      ],
    },
  })
  return totalDocs > 0
}
