import type { FlattenedField } from 'payload'

import { type ReferenceId, visitReferences } from '../../fields/visitReferences.js'

/** The photos a document shows, split by whether the reference belongs to one locale or to all. */
export interface PhotoReferences {
  /** Referenced from non-localized fields (hero photo, gallery, cover photo): shown in every locale. */
  shared: Set<ReferenceId>
  /** Referenced from localized fields (rich-text upload nodes): shown in the locale being written. */
  localized: Set<ReferenceId>
}

/**
 * Every photo of `slug` a document in one locale refers to — uploads and relationships (in groups,
 * arrays and blocks) and rich-text upload nodes — whether populated or not.
 */
export function photoReferences(
  fields: FlattenedField[],
  doc: Record<string, unknown>,
  slug: string,
): PhotoReferences {
  const out: PhotoReferences = { localized: new Set(), shared: new Set() }
  visitReferences(fields, doc, (collection, id, localized) => {
    if (collection === slug) (localized ? out.localized : out.shared).add(id)
  })
  return out
}
