import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>

/** A localized field that holds translatable text, with its dot path ("pressContact.office"). */
export interface TextField {
  path: string
  required: boolean
}

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])
/** Derived per locale, not translated. */
const NOT_TRANSLATED = new Set(['slug', 'localeStatus'])

/** Every localized text field of a collection, walking into groups. */
export function translatableFields(fields: FlattenedField[], prefix = ''): TextField[] {
  const found: TextField[] = []
  for (const field of fields) {
    if (!('name' in field)) continue
    if (field.localized && TEXT_TYPES.has(field.type) && !NOT_TRANSLATED.has(field.name)) {
      found.push({
        path: `${prefix}${field.name}`,
        required: Boolean((field as { required?: boolean }).required),
      })
    } else if (field.type === 'group' || field.type === 'tab') {
      found.push(...translatableFields(field.flattenedFields, `${prefix}${field.name}.`))
    }
  }
  return found
}

export { valueAt, valueInLocale } from './paths.js'

export const isFilled = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(
    typeof value === 'object' &&
    (value as { root?: { children?: unknown[] } }).root?.children?.length === 0
  )

/** JSON with object keys sorted: PostgreSQL's jsonb hands rich text back in another key order than it was written. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, (inner as Record<string, unknown>)[key]]),
        )
      : inner,
  )

/** A short, stable fingerprint of a field's source text (rich text by its canonical JSON). */
export function textHash(value: unknown): string {
  const text = typeof value === 'string' ? value : canonicalJson(value)
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}
