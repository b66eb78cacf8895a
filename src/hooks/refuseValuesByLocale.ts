import type { CollectionBeforeOperationHook, Field } from 'payload'

import { refuse } from '../http/refuse.js'

// Fields that hold one plain value per locale: an object given for one of them is never valid.
const SINGLE_VALUE = new Set([
  'checkbox',
  'code',
  'date',
  'email',
  'number',
  'radio',
  'select',
  'text',
  'textarea',
])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The path of the first localized single-value field that `data` gives as an object. */
function objectValuedField(
  fields: Field[],
  data: unknown,
  prefix: string,
  localized: boolean,
): string | undefined {
  if (!isRecord(data)) return undefined
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        const found = named
          ? objectValuedField(
              tab.fields,
              data[tab.name],
              `${prefix}${tab.name}.`,
              localized || Boolean(tab.localized),
            )
          : objectValuedField(tab.fields, data, prefix, localized)
        if (found) return found
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed groups lay out fields of the same level.
      const found =
        'fields' in field ? objectValuedField(field.fields, data, prefix, localized) : undefined
      if (found) return found
      continue
    }
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const inLocale = localized || Boolean('localized' in field && field.localized)
    let found: string | undefined
    if (field.type === 'group') found = objectValuedField(field.fields, value, `${path}.`, inLocale)
    else if (field.type === 'array' && Array.isArray(value)) {
      for (const [i, row] of value.entries()) {
        found ??= objectValuedField(field.fields, row, `${path}.${i}.`, inLocale)
      }
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const [i, row] of value.entries()) {
        const block = isRecord(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
        if (block) found ??= objectValuedField(block.fields, row, `${path}.${i}.`, inLocale)
      }
    } else if (SINGLE_VALUE.has(field.type) && inLocale && isRecord(value)) found = path
    if (found) return found
  }
  return undefined
}

/**
 * A write in one locale (`PATCH /api/news/1?locale=ja`) that gives a localized text field as an
 * object by language (`{ "title": { "ko": "…", "ja": "…" } }`) is refused with 400 naming the
 * field: Payload would store the object's JSON as the Japanese title. Writes with `locale=all`,
 * where Payload expects exactly such objects, are left alone.
 */
export const refuseValuesByLocale: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (req.locale === 'all') return args
  const field = objectValuedField(collection.fields, args.data, '', false)
  if (field) refuse(req, 400, 'errors.valueByLocale', { field, locale: req.locale ?? '' })
  return args
}
