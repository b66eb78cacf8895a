import type { FlattenedField, PayloadRequest } from 'payload'

import { publicationOf } from '../publication/publicRead.js'

/** Collections with per-locale publishing (and so translation tracking and XLIFF), by slug. */
export function translatableCollections(req: PayloadRequest): Record<string, FlattenedField[]> {
  return Object.fromEntries(
    Object.values(req.payload.collections)
      .filter(({ config }) => publicationOf(config))
      .map(({ config }) => [config.slug, config.flattenedFields]),
  )
}
