import type { FlattenedField } from 'payload'

import { visitReferences } from '../fields/visitReferences.js'
import { documentTag, listTag } from './requestTags.js'

/**
 * Adds the tags of every document `doc` refers to (relationships, uploads, rich-text uploads, in
 * groups, arrays and blocks) and the list tags of its join fields, whether the reference was
 * populated or not: a photo that is unpublished now and published later changes the release too.
 */
export function addRelationTags(
  fields: FlattenedField[],
  doc: Record<string, unknown>,
  tags: Set<string>,
  allLocales = false,
): void {
  visitReferences(fields, doc, (collection, id) => tags.add(documentTag(collection, id)), {
    allLocales,
    join: (collection) =>
      tags.add(listTag(Array.isArray(collection) ? collection.join(',') : collection)),
  })
}
