import type { FlattenedField } from 'payload'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  !!value && typeof value === 'object' && !Array.isArray(value)

/**
 * What a publish puts live in its locale: the saved document (Payload's latest version, read in
 * that locale) with the write's own data over it — Payload publishes exactly that merge. Named
 * groups and tabs merge field by field, since a write may send only part of one.
 */
export function contentToPublish(
  fields: FlattenedField[],
  saved: Data | undefined,
  data: Data,
): Data {
  if (!saved) return data
  const merged: Data = { ...saved }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const incoming = data[field.name]
    const previous = saved[field.name]
    merged[field.name] =
      (field.type === 'group' || field.type === 'tab') && isObject(incoming) && isObject(previous)
        ? contentToPublish(field.flattenedFields, previous, incoming)
        : incoming
  }
  return merged
}
