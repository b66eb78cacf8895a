import type { CollectionConfig, Field } from 'payload'

/** Top-level data fields, looking through rows, collapsibles and unnamed tabs (which add no nesting). */
function topLevelFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return topLevelFields(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : topLevelFields(tab.fields),
      )
    return [field]
  })
}

/**
 * The column a collection's public lists are sorted by: its `defaultSort` when that is a
 * non-localized top-level field (a column of the collection's own table, so it can share an index
 * with `publishedIn`), else `createdAt`.
 */
export function publicListSortField(collection: CollectionConfig): string {
  const sort =
    typeof collection.defaultSort === 'string'
      ? collection.defaultSort.replace(/^-/, '')
      : undefined
  if (!sort) return 'createdAt'
  const field = topLevelFields(collection.fields).find(
    (candidate) => 'name' in candidate && candidate.name === sort,
  )
  return field &&
    !('localized' in field && field.localized) &&
    field.type !== 'group' &&
    field.type !== 'array'
    ? sort
    : 'createdAt'
}
