import type { Access, CollectionConfig } from 'payload'

import { publicWhere } from './predicates.js'
import { publicReadOf } from './publicRead.js'

/**
 * The read access of a collection with per-locale publishing: staff read everything; everyone
 * else only documents public in a locale the read may be served in (see `servableLocales`).
 */
export const publicReadRule =
  (collection: Pick<CollectionConfig, 'custom'>): Access =>
  ({ req }) => {
    const read = publicReadOf(req, collection, false)
    return read ? publicWhere(read.servable) : true
  }
