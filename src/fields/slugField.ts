import type { FieldHook, TextField } from 'payload'

import { label } from '../i18n/label.js'
import { toSlug } from '../urlSlugs/toSlug.js'

/**
 * A slug per locale. When left empty it is made from `from` (the title or name) in the same
 * locale; latin scripts are transliterated, CJK characters are kept (browsers show them as typed).
 */
export function slugField(from: string, overrides: Partial<TextField> = {}): TextField {
  const fillFromSource: FieldHook = ({ data, req, value }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value, req.locale ?? undefined)
    const source = data?.[from]
    return typeof source === 'string' && source.trim()
      ? toSlug(source, req.locale ?? undefined)
      : value
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    localized: true,
    label: label('fields.slug'),
    admin: { description: label('descriptions.slug'), position: 'sidebar' },
    hooks: { beforeValidate: [fillFromSource] },
    ...overrides,
  } as TextField
}
