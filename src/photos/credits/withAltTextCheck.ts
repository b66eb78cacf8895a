import type { Config } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { refuseMissingAltText } from './refuseMissingAltText.js'
import { withAltTextGuideline } from './withAltTextGuideline.js'

/**
 * Alt text before publishing: news, partner cities and events cannot be published in a locale
 * while one of their photos would be shown there without an alt text in that locale; the photos'
 * alt field shows the recommended length. Config level, so it wraps the collections as finished
 * by per-locale publishing.
 */
export function withAltTextCheck(config: Config, options: ResolvedOptions): Config {
  const { slugs } = options
  const checked = new Set<string>([slugs.news, slugs.partnerCities, slugs.events])
  const check = refuseMissingAltText(slugs.photos)
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === slugs.photos) return withAltTextGuideline(collection, options)
      if (!checked.has(collection.slug)) return collection
      const hooks = collection.hooks ?? {}
      return {
        ...collection,
        // First: refused before any other hook prepares the write.
        hooks: { ...hooks, beforeChange: [check, ...(hooks.beforeChange ?? [])] },
      }
    }),
  }
}
