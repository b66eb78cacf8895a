import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>
export type ReferenceId = number | string

/** Called for each document a value refers to; `localized`: the reference sits in a localized field. */
export type ReferenceVisitor = (collection: string, id: ReferenceId, localized: boolean) => void

export interface VisitOptions {
  /** Localized values are locale maps (`locale=all`): every locale's value is visited. */
  allLocales?: boolean
  /** Called with the collection(s) of every join field met. */
  join?: (collection: string | string[]) => void
}

const idOf = (value: unknown): ReferenceId | undefined => {
  const id = value && typeof value === 'object' ? (value as Data).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** What a relationship value points at: `5`, `{ id: 5, … }`, `{ relationTo, value }`, or lists of them. */
function visitRelation(
  relationTo: string | string[],
  value: unknown,
  localized: boolean,
  visit: ReferenceVisitor,
): void {
  if (Array.isArray(value))
    return value.forEach((item) => visitRelation(relationTo, item, localized, visit))
  if (value === null || value === undefined) return
  if (Array.isArray(relationTo)) {
    const { relationTo: collection, value: inner } = value as Data
    if (typeof collection === 'string') visitRelation(collection, inner, localized, visit)
    return
  }
  const id = idOf(value)
  if (id !== undefined) visit(relationTo, id, localized)
}

/** Upload and relationship nodes in rich text (`{ relationTo, value }`), at any depth. */
function visitRichText(node: unknown, localized: boolean, visit: ReferenceVisitor): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) return node.forEach((child) => visitRichText(child, localized, visit))
  const { relationTo, value } = node as Data
  if (typeof relationTo === 'string' && value !== undefined)
    visitRelation(relationTo, value, localized, visit)
  for (const child of Object.values(node as Data))
    if (child && typeof child === 'object') visitRichText(child, localized, visit)
}

/**
 * Every document `doc` refers to — relationships, uploads and rich-text upload or relationship
 * nodes, in groups, tabs, arrays and blocks — whether populated or not. The one walk behind the
 * read cache's relation tags and the photos a document shows.
 */
export function visitReferences(
  fields: FlattenedField[],
  doc: Data,
  visit: ReferenceVisitor,
  options: VisitOptions = {},
  inLocalized = false,
): void {
  for (const field of fields) {
    if (!('name' in field)) continue
    if (field.type === 'join') options.join?.(field.collection)
    const raw = doc[field.name]
    if (raw === undefined || raw === null) continue
    const localized = inLocalized || Boolean(field.localized)
    const values =
      options.allLocales && field.localized && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.values(raw as Data)
        : [raw]
    for (const value of values) {
      if (value === undefined || value === null) continue
      switch (field.type) {
        case 'relationship':
        case 'upload':
          visitRelation(field.relationTo, value, localized, visit)
          break
        case 'richText':
          visitRichText(value, localized, visit)
          break
        case 'group':
        case 'tab':
          if (typeof value === 'object')
            visitReferences(field.flattenedFields, value as Data, visit, options, localized)
          break
        case 'array':
          if (Array.isArray(value))
            for (const row of value)
              if (row && typeof row === 'object')
                visitReferences(field.flattenedFields, row as Data, visit, options, localized)
          break
        case 'blocks':
          if (Array.isArray(value))
            for (const row of value as Data[]) {
              const block = field.blocks.find(
                (candidate) => typeof candidate !== 'string' && candidate.slug === row?.blockType,
              )
              if (block && typeof block !== 'string')
                visitReferences(block.flattenedFields, row, visit, options, localized)
            }
          break
      }
    }
  }
}
