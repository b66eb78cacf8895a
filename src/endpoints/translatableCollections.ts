import type { FlattenedField, PayloadRequest } from 'payload'

import { TWINNING } from '../slugs.js'

/** Collections with per-locale publishing (and so translation tracking and XLIFF), by slug. */
export function translatableCollections(req: PayloadRequest): Record<string, FlattenedField[]> {
  return Object.fromEntries(
    Object.values(req.payload.collections)
      .filter(
        ({ config }) =>
          (config.custom?.[TWINNING] as { localePublishing?: boolean } | undefined)
            ?.localePublishing,
      )
      .map(({ config }) => [config.slug, config.flattenedFields]),
  )
}
