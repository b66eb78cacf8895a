import type { SanitizedConfig } from 'payload'

import { publicationOf } from '../publicRead.js'

/** The slugs of the collections with per-locale publishing: those the publication log speaks of. */
export const publishedCollections = (config: Pick<SanitizedConfig, 'collections'>): string[] =>
  config.collections
    .filter((collection) => publicationOf(collection))
    .map((collection) => collection.slug)
