import type { SanitizedConfig } from 'payload'

import { publicationOf } from './publicRead.js'

const known = new WeakMap<object, string[]>()

/**
 * The slugs of the collections with per-locale publishing — what the public, API keys, search and
 * the publication log read. Worked out once per config (the partner gate asks on every request).
 */
export function publishedCollections(config: Pick<SanitizedConfig, 'collections'>): string[] {
  let slugs = known.get(config)
  if (!slugs) {
    slugs = config.collections
      .filter((collection) => publicationOf(collection))
      .map((collection) => collection.slug)
    known.set(config, slugs)
  }
  return slugs
}
