import type { Access, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { requestScope } from '../partners/keys/clientScope.js'
import { partnerCityWhere } from '../partners/keys/scopeWhere.js'
import { TWINNING } from '../slugs.js'
import { publicWhere } from './predicates.js'
import { publicReadOf } from './publicRead.js'

/**
 * The read access of a collection with per-locale publishing: staff read everything; everyone
 * else only documents public in a locale the read may be served in (see `servableLocales`). An API
 * client reads only its collections (else 403, and relations to others stay ids), in its languages,
 * and — when restricted to a partner city — only what is tagged with that city.
 */
export const publicReadRule =
  (collection: Pick<CollectionConfig, 'custom' | 'fields' | 'slug'>): Access =>
  ({ req }) => {
    const read = publicReadOf(req, collection, false)
    if (!read) return true
    const scope = requestScope(req)
    if (!scope) return publicWhere(read.servable)
    if (!scope.collections.includes(collection.slug) || read.servable.length === 0) return false
    const { slugs } = req.payload.config.custom[TWINNING] as ResolvedOptions
    const city = partnerCityWhere(collection, scope, slugs)
    return city ? { and: [publicWhere(read.servable), city] } : publicWhere(read.servable)
  }
