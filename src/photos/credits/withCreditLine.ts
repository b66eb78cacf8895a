import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.js'

/** The computed, read-only `creditLine` in the locale's own form ("Foto: …", "摄影：…"). Virtual. */
export function withCreditLine(
  collection: CollectionConfig,
  _options: ResolvedOptions,
): CollectionConfig {
  return {
    ...collection,
    fields: [
      ...collection.fields,
      { name: 'creditLine', type: 'text', virtual: true, admin: { readOnly: true } },
    ],
  }
}
