import type { FlattenedField } from 'payload'

import { documentTag, listTag } from './requestTags.js'

type Data = Record<string, unknown>

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? (value as Data).id : value

/** Tags of what a relationship value points at: `5`, `{ id: 5, … }`, `{ relationTo, value }`, or lists of them. */
function addRelation(relationTo: string | string[], value: unknown, tags: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((item) => addRelation(relationTo, item, tags))
  if (value === null || value === undefined) return
  if (Array.isArray(relationTo)) {
    const { relationTo: collection, value: inner } = value as Data
    if (typeof collection === 'string') addRelation(collection, inner, tags)
    return
  }
  const id = idOf(value)
  if (typeof id === 'string' || typeof id === 'number') tags.add(documentTag(relationTo, id))
}

/** Upload and relationship nodes in rich text (`{ relationTo, value }`), at any depth. */
function addRichTextRelations(node: unknown, tags: Set<string>): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) return node.forEach((child) => addRichTextRelations(child, tags))
  const { relationTo, value } = node as Data
  if (typeof relationTo === 'string' && value !== undefined) addRelation(relationTo, value, tags)
  for (const child of Object.values(node as Data))
    if (child && typeof child === 'object') addRichTextRelations(child, tags)
}

/** Every value of a possibly localized field (`locale=all` gives `{ de: …, en: … }`). */
function valuesOf(field: FlattenedField, value: unknown, localized: boolean): unknown[] {
  if (!localized || !value || typeof value !== 'object' || Array.isArray(value)) return [value]
  return Object.values(value as Data)
}

/**
 * Adds the tags of every document `doc` refers to (relationships, uploads, rich-text uploads, in
 * groups, arrays and blocks) and the list tags of its join fields, whether the reference was
 * populated or not: a photo that is unpublished now and published later changes the release too.
 */
export function addRelationTags(
  fields: FlattenedField[],
  doc: Data,
  tags: Set<string>,
  allLocales = false,
): void {
  for (const field of fields) {
    if (!('name' in field)) continue
    const raw = doc[field.name]
    if (field.type === 'join')
      tags.add(
        listTag(Array.isArray(field.collection) ? field.collection.join(',') : field.collection),
      )
    if (raw === undefined || raw === null) continue
    for (const value of valuesOf(field, raw, allLocales && Boolean(field.localized))) {
      switch (field.type) {
        case 'relationship':
        case 'upload':
          addRelation(field.relationTo, value, tags)
          break
        case 'richText':
          addRichTextRelations(value, tags)
          break
        case 'group':
        case 'tab':
          if (value && typeof value === 'object')
            addRelationTags(field.flattenedFields, value as Data, tags, allLocales)
          break
        case 'array':
          if (Array.isArray(value))
            for (const row of value)
              addRelationTags(field.flattenedFields, row as Data, tags, allLocales)
          break
        case 'blocks':
          if (Array.isArray(value)) {
            for (const row of value as Data[]) {
              const block = field.blocks.find(
                (candidate) => typeof candidate !== 'string' && candidate.slug === row.blockType,
              )
              if (block && typeof block !== 'string')
                addRelationTags(block.flattenedFields, row, tags, allLocales)
            }
          }
          break
      }
    }
  }
}
