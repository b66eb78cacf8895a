import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../options.js'

/**
 * The photo pipeline on the photos collection: accepted types and limits, renditions (sizes ×
 * formats, focal-point crops), metadata written into derived images, bounded concurrency.
 * Stored field: `renditions` (json).
 */
export function withPhotoPipeline(
  collection: CollectionConfig,
  _options: ResolvedOptions,
): CollectionConfig {
  return {
    ...collection,
    fields: [
      ...collection.fields,
      {
        name: 'renditions',
        type: 'json',
        admin: { readOnly: true },
      },
    ],
  }
}
