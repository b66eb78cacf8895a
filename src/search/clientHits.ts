import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.js'
import type { ClientScope } from '../partners/keys/clientScope.js'
import { partnerCityWhere } from '../partners/keys/scopeWhere.js'
import { TWINNING } from '../slugs.js'
import type { SearchHit } from './types.js'

/**
 * The hits an API client restricted to a partner city may see: the index does not know partner-city
 * tags, so each hit's document is checked against the same narrowing the read rule applies (one
 * query per collection for the whole batch).
 */
export async function hitsOfPartnerCity(
  req: PayloadRequest,
  scope: ClientScope,
  hits: SearchHit[],
): Promise<SearchHit[]> {
  const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
  const allowed = new Set<string>()
  for (const slug of new Set(hits.map((hit) => hit.collection))) {
    const collection = req.payload.collections[slug as CollectionSlug]?.config
    if (!collection) continue
    const city = partnerCityWhere(collection, scope, slugs)
    const ids = hits.filter((hit) => hit.collection === slug).map((hit) => hit.id)
    if (!city) {
      for (const id of ids) allowed.add(`${slug}:${id}`)
      continue
    }
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { and: [{ id: { in: ids } }, city] },
    })
    for (const doc of docs) allowed.add(`${slug}:${doc.id}`)
  }
  return hits.filter((hit) => allowed.has(`${hit.collection}:${hit.id}`))
}
