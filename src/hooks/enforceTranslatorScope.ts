import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

import { hasRole } from '../access/roles.js'
import { refuse } from '../http/refuse.js'
import { readInLocale } from '../readInLocale.js'

/** Keys Payload itself sends back with every admin save (`_status` has a rule of its own). */
const SYSTEM_KEYS = new Set([
  '_status',
  'availableLocales',
  'publishedIn',
  'translationTracking',
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'sizes',
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
])

type Data = Record<string, unknown>

/** A value reduced to what identifies it: relations to their ids, dates to their instant, empties to null. */
function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(normalize) : null
  if (typeof value === 'object') {
    const record = value as Data
    if (
      'id' in record &&
      ('createdAt' in record || 'updatedAt' in record || Object.keys(record).length === 1)
    )
      return record.id
    if ('relationTo' in record && 'value' in record)
      return { relationTo: record.relationTo, value: normalize(record.value) }
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, normalize(record[key])]),
    )
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value))
    return new Date(value).toISOString()
  return value
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

/**
 * The first field path in `data` a translator may not write: a non-localized field whose value
 * differs from the stored one (or any non-localized field when there is no single stored document).
 */
function firstForbiddenField(
  fields: FlattenedField[],
  data: Data,
  original: Data | undefined,
  prefix = '',
): string | undefined {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data) || SYSTEM_KEYS.has(field.name)) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (field.localized) continue
    if ((field.type === 'group' || field.type === 'tab') && value && typeof value === 'object') {
      const nested = firstForbiddenField(
        field.flattenedFields,
        value as Data,
        (original?.[field.name] ?? {}) as Data,
        `${path}.`,
      )
      if (nested) return nested
      continue
    }
    if (!original || !same(value, original[field.name])) return path
  }
  return undefined
}

const forbid = (
  req: PayloadRequest,
  key:
    | 'errors.translatorField'
    | 'errors.translatorLocale'
    | 'errors.translatorPublish'
    | 'errors.translatorRestore',
  vars: Record<string, string>,
) => {
  refuse(req, 403, key, vars)
}

/**
 * Translators write only their own locales' texts: a write in another locale, to a non-localized
 * field, or one that publishes is refused with 403 naming the field, and so is restoring a version
 * (it writes every locale and the shared fields at once). Checked on the server for every write
 * path (REST, GraphQL, admin, "copy to locale"), not only hidden in the UI. Editors and admins, and
 * Local API calls without a user, are not affected.
 */
export const enforceTranslatorScope: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const translatorOnly = hasRole(req.user, 'translator') && !hasRole(req.user, 'admin', 'editor')
  // A restore writes every locale's text and the shared fields at once.
  if (operation === 'restoreVersion' && translatorOnly) forbid(req, 'errors.translatorRestore', {})
  if (operation !== 'update' && operation !== 'create') return args
  if (!translatorOnly) return args

  const data = (args.data ?? {}) as Data
  const allowed = ((req.user as { locales?: unknown }).locales as string[] | undefined) ?? []
  const locale = req.locale ?? ''
  const localizedKey = collection.flattenedFields.find(
    (field) => 'name' in field && field.localized && field.name in data,
  )

  if (localizedKey && !allowed.includes(locale)) {
    forbid(req, 'errors.translatorLocale', {
      field: localizedKey.name,
      locale,
      locales: allowed.join(', ') || '—',
    })
  }
  // A draft save keeps the published version as it is; any other change of `_status` publishes or unpublishes.
  const draftSave = (args as { draft?: boolean }).draft === true && data._status !== 'published'
  if ('_status' in data && !draftSave)
    forbid(req, 'errors.translatorPublish', { field: '_status', locale })
  if (data.localeStatus === 'published' || data.localeStatus === 'unpublished')
    forbid(req, 'errors.translatorPublish', { field: 'localeStatus', locale })

  // Payload runs this hook with operation 'update' for one document (args.id) and for bulk updates (args.where).
  const id = (args as { id?: number | string }).id
  const original =
    operation === 'update' && id !== undefined
      ? ((await readInLocale(req, (isolated) =>
          req.payload.findByID({
            collection: collection.slug,
            depth: 0,
            draft: true,
            fallbackLocale: false,
            id,
            locale: req.locale ?? undefined,
            overrideAccess: true,
            req: isolated,
          }),
        )) as unknown as Data)
      : undefined
  const field = firstForbiddenField(collection.flattenedFields, data, original)
  if (field) forbid(req, 'errors.translatorField', { field, locale })
  return args
}
