import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.js'

/**
 * Under the photos' alt field: a counter against the recommended length
 * (`photos.altTextLength`), `<adminModule>#AltTextLength`. A guideline, not a limit.
 */
export function withAltTextGuideline(
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig {
  const counter = {
    clientProps: { max: options.photos.altTextLength, path: 'alt' },
    path: `${options.adminModule}#AltTextLength`,
  }
  const withCounter = (field: Field): Field =>
    'name' in field && field.name === 'alt' && field.type === 'text'
      ? {
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin?.components,
              afterInput: [...(field.admin?.components?.afterInput ?? []), counter],
            },
          },
        }
      : field
  return { ...collection, fields: collection.fields.map(withCounter) }
}
