import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>
type Id = number | string

/** The photos a document shows, split by whether the reference belongs to one locale or to all. */
export interface PhotoReferences {
  /** Referenced from non-localized fields (hero photo, gallery, cover photo): shown in every locale. */
  shared: Set<Id>
  /** Referenced from localized fields (rich-text upload nodes): shown in the locale being written. */
  localized: Set<Id>
}

const idOf = (value: unknown): Id | undefined => {
  const id =
    value && typeof value === 'object' ? ((value as Data).id ?? (value as Data).value) : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** Values of an upload/relationship field that point at `slug`: ids, populated docs, `{ relationTo, value }`. */
function addRelation(relationTo: string | string[], value: unknown, slug: string, out: Set<Id>) {
  if (Array.isArray(value)) return value.forEach((item) => addRelation(relationTo, item, slug, out))
  if (value === null || value === undefined) return
  if (Array.isArray(relationTo)) {
    const { relationTo: target, value: inner } = value as Data
    if (target === slug) addRelation(slug, inner, slug, out)
    return
  }
  const id = relationTo === slug ? idOf(value) : undefined
  if (id !== undefined) out.add(id)
}

/** Lexical nodes that embed a photo (`{ type: 'upload', relationTo: 'photos', value }`), at any depth. */
function addRichTextPhotos(node: unknown, slug: string, out: Set<Id>): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) return node.forEach((child) => addRichTextPhotos(child, slug, out))
  const { relationTo, value } = node as Data
  if (relationTo === slug) {
    const id = idOf(value)
    if (id !== undefined) out.add(id)
  }
  for (const child of Object.values(node as Data))
    if (child && typeof child === 'object') addRichTextPhotos(child, slug, out)
}

/**
 * Every photo of `slug` a document in one locale refers to — uploads and relationships (in groups,
 * arrays and blocks) and rich-text upload nodes — whether populated or not.
 */
export function photoReferences(
  fields: FlattenedField[],
  doc: Data,
  slug: string,
  out: PhotoReferences = { localized: new Set(), shared: new Set() },
  inLocalized = false,
): PhotoReferences {
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = doc[field.name]
    if (value === null || value === undefined) continue
    const localized = inLocalized || Boolean(field.localized)
    const target = localized ? out.localized : out.shared
    switch (field.type) {
      case 'relationship':
      case 'upload':
        addRelation(field.relationTo, value, slug, target)
        break
      case 'richText':
        addRichTextPhotos(value, slug, target)
        break
      case 'group':
      case 'tab':
        if (typeof value === 'object')
          photoReferences(field.flattenedFields, value as Data, slug, out, localized)
        break
      case 'array':
        if (Array.isArray(value))
          for (const row of value)
            if (row && typeof row === 'object')
              photoReferences(field.flattenedFields, row as Data, slug, out, localized)
        break
      case 'blocks':
        if (Array.isArray(value))
          for (const row of value as Data[]) {
            const block = field.blocks?.find((candidate) => candidate.slug === row?.blockType)
            if (block) photoReferences(block.flattenedFields, row, slug, out, localized)
          }
        break
    }
  }
  return out
}
