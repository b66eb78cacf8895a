import type { CollectionAfterReadHook, FlattenedField } from 'payload'

import { isStaffUser } from '../access/roles.js'
import { publicLocales } from '../publicLocales.js'
import { TWINNING } from '../slugs.js'

type Data = Record<string, unknown>

/** Applies `pick` to every localized value of `doc`, walking into groups. */
function mapLocalized(
  fields: FlattenedField[],
  doc: Data,
  raw: Data,
  pick: (value: unknown, rawValue: unknown) => unknown,
): void {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in doc || field.name in raw)) continue
    if (field.localized) doc[field.name] = pick(doc[field.name], raw[field.name])
    else if (
      (field.type === 'group' || field.type === 'tab') &&
      doc[field.name] &&
      typeof doc[field.name] === 'object'
    ) {
      mapLocalized(
        field.flattenedFields,
        doc[field.name] as Data,
        (raw[field.name] ?? {}) as Data,
        pick,
      )
    }
  }
}

/**
 * Shapes what the public reads so that only published locales are ever served. A document read in
 * a locale it is not published in (reachable only with an explicit `fallback-locale`) is served
 * whole from the fallback locale, never from the stale or draft text of the requested one; with
 * `locale=all`, unpublished locales are removed. Every public document says what it was served in:
 * `_locale: { requested, served }`. Staff and internal Local API reads are left as they are.
 */
export const servePublishedLocales: CollectionAfterReadHook = async ({
  collection,
  doc: stored,
  req,
}) => {
  if (isStaffUser(req.user) || req.payloadAPI === 'local') return stored
  // `publishedIn` is the read rule's indexed mirror of `availableLocales`, not part of the public shape.
  const { publishedIn: _mirror, ...doc } = stored as Data
  const available = (doc.availableLocales as string[] | undefined) ?? []
  const fallbackChain = (collection.custom?.[TWINNING] as { fallbackChain?: boolean } | undefined)
    ?.fallbackChain
  const { requested, servable } = publicLocales(req, { fallbackChain })

  if (requested === 'all') {
    mapLocalized(collection.flattenedFields, doc, {}, (value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value as Data).filter(([code]) => available.includes(code)),
          )
        : value,
    )
    return { ...doc, _locale: { requested, served: available } }
  }

  const served = servable.find((code) => available.includes(code)) ?? requested
  if (served !== requested) {
    // Not through `req`: afterRead runs for a list's documents at once, and a Local API call given
    // `req` would switch its locale under the other documents' feet.
    const raw = (await req.payload.findByID({
      collection: collection.slug,
      depth: 0,
      id: doc.id as number | string,
      locale: 'all',
      overrideAccess: true,
    })) as unknown as Data
    mapLocalized(collection.flattenedFields, doc, raw, (_value, rawValue) =>
      rawValue && typeof rawValue === 'object' && !Array.isArray(rawValue)
        ? ((rawValue as Data)[served] ?? null)
        : null,
    )
  }
  return { ...doc, _locale: { requested, served } }
}
