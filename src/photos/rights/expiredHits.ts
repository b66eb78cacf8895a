import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { localeSetupOf } from '../../publication/localeSetup.js'
import { publishedInAny } from '../../publication/publishedIn.js'
import type { SearchHit } from '../../search/types.js'
import { TWINNING } from '../../slugs.js'
import { rightsExpiredWhere, unannouncedExpiryWhere } from './expiry.js'

/**
 * The photos search must not serve (`collection:id` keys), decided by the date as REST decides
 * (`expiry.ts`): the photos among `hits` whose rights have ended, and every photo whose end the
 * expiry job has not announced yet (the job takes a photo out of the index when it announces;
 * until then it may match on any page, so search leaves it out of its counts too). One indexed
 * query, only when photos are searched; normally it finds nothing.
 */
export async function expiredPhotoHits(
  req: PayloadRequest,
  collections: string[],
  hits: SearchHit[],
  now: Date = new Date(),
): Promise<Set<string>> {
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const slug = slugs.photos as CollectionSlug
  const collection = req.payload.collections[slug]
  if (!collection || !collections.includes(slug)) return new Set()
  // Hits carry ids as text; where ids are numbers the query compares numbers.
  const numeric = (collection.customIDType ?? req.payload.db.defaultIDType) === 'number'
  const ids = [...new Set(hits.filter((hit) => hit.collection === slug).map((hit) => hit.id))].map(
    (id) => (numeric ? Number(id) : id),
  )
  // Only photos public somewhere can be in the index: a never-published one does not widen search.
  const unannounced: Where = {
    and: [unannouncedExpiryWhere(now), publishedInAny(localeSetupOf(req.payload.config).locales)],
  }
  const where: Where = ids.length
    ? { or: [unannounced, { and: [{ id: { in: ids } }, rightsExpiredWhere(now)] }] }
    : unannounced
  const { docs } = await req.payload.db.find({
    collection: slug,
    limit: 0,
    pagination: false,
    req,
    select: { id: true },
    where,
  })
  return new Set(docs.map((doc) => `${slug}:${doc.id}`))
}
