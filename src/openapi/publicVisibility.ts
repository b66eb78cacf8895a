import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import { INTERNAL_FIELDS } from '../publication/projection.js'

/** Whether the public gets a field in a full read: always, only for some documents, or never. */
export type PublicVisibility = 'always' | 'never' | 'sometimes'

type Data = Record<string, unknown>

/**
 * A value of the field in which every checkbox is ticked: a field whose read access depends on its
 * own content (a photo's `location`, readable when an editor ticked `keepLocation`) is readable
 * for the public with it, a field only staff may read is not.
 */
function everythingTicked(field: FlattenedField): unknown {
  if (field.type === 'checkbox') return true
  if (field.type === 'group' || field.type === 'tab')
    return Object.fromEntries(
      field.flattenedFields
        .filter((inner) => 'name' in inner)
        .map((inner) => [inner.name, everythingTicked(inner)]),
    )
  return undefined
}

/**
 * How a public read treats a field: hidden, internal (the projection drops it) and virtual
 * fields that compute nothing never reach the public; a field with read access is asked, as an
 * anonymous reader, with and without its boxes ticked. Access is Payload's to apply; this only
 * describes it.
 */
export async function publicVisibility(
  field: FlattenedField,
  payload: Payload,
  topLevel: boolean,
): Promise<PublicVisibility> {
  if (field.hidden) return 'never'
  if (topLevel && (INTERNAL_FIELDS as readonly string[]).includes(field.name)) return 'never'
  if ('virtual' in field && field.virtual === true && !field.hooks?.afterRead?.length)
    return 'never'
  const read = field.access?.read
  if (!read) return 'always'
  const req = { context: {}, payload, user: null } as unknown as PayloadRequest
  const ask = async (siblingData: Data) =>
    Boolean(await read({ data: siblingData, doc: siblingData, req, siblingData } as never))
  try {
    if (await ask({})) return 'always'
    return (await ask({ [field.name]: everythingTicked(field) })) ? 'sometimes' : 'never'
  } catch {
    // A rule that needs more of a request than a description has: described, but not promised.
    return 'sometimes'
  }
}
