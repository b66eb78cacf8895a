import type { FlattenedField } from 'payload'

import { plainText } from '../admin/plainText.js'

type Data = Record<string, unknown>

/** Field types whose localized values are text a reader can search. */
const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])
/** Localized text that is an address, not prose. */
const NOT_PROSE = new Set(['slug'])

/**
 * The searchable text of a public view (one locale, as `publicViewOf` makes it): every localized
 * text, textarea and rich-text field at any depth (groups, tabs, array rows), by dotted path.
 * Relations stay ids: a release is not found by the words of the photo it embeds.
 */
export function documentText(
  fields: FlattenedField[],
  view: Data,
  prefix = '',
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const field of fields) {
    if (!('name' in field) || !(field.name in view)) continue
    // A field with a read rule of its own may be staff-only: the index cannot ask the reader, so it
    // leaves the field out (fails closed); hidden fields never reach a reader at all.
    if (field.access?.read || field.hidden) continue
    const value = view[field.name]
    const path = prefix + field.name
    if (TEXT_TYPES.has(field.type) && field.localized && !NOT_PROSE.has(field.name)) {
      const text = plainText(value).trim()
      if (text) out[path] = text
    } else if (
      (field.type === 'group' || field.type === 'tab') &&
      value &&
      typeof value === 'object'
    ) {
      Object.assign(out, documentText(field.flattenedFields, value as Data, `${path}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) =>
        Object.assign(out, documentText(field.flattenedFields, row as Data, `${path}.${index}.`)),
      )
    }
  }
  return out
}
