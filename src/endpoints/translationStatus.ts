import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, Endpoint, FlattenedField, PayloadRequest } from 'payload'

import { TWINNING } from '../slugs.js'
import { outdatedFields } from '../translation/outdated.js'
import { sourceLocaleOf, type TranslationTracking } from '../translation/recordTranslationSource.js'
import { isFilled, translatableFields, valueInLocale } from '../translation/sourceTexts.js'
import { refuse } from '../http/refuse.js'
import { localeCodes, requireStaff } from './respond.js'
import { translatableCollections } from './translatableCollections.js'

/** Field labels in the request's language, by dot path; a group's label leads its fields' ("Press contact › Office"). */
function fieldLabels(
  fields: FlattenedField[],
  i18n: PayloadRequest['i18n'],
  prefix = '',
  parent = '',
): Record<string, string> {
  return Object.fromEntries(
    fields.flatMap((field) => {
      if (!('name' in field)) return []
      const text = `${parent}${field.label ? getTranslation(field.label as never, i18n) : field.name}`
      return field.type === 'group' || field.type === 'tab'
        ? Object.entries(
            fieldLabels(field.flattenedFields, i18n, `${prefix}${field.name}.`, `${text} › `),
          )
        : [[`${prefix}${field.name}`, text]]
    }),
  )
}

/**
 * `GET /api/twinning/translation-status?collection=news&id=3`: per locale the publication state,
 * completeness (% of required localized fields filled), the fields whose source text changed since
 * the translation was written, the last translator and the last change. Newsroom staff only.
 */
export const translationStatusEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/translation-status`,
  handler: async (req) => {
    requireStaff(req)
    const slug = (req.searchParams.get('collection') ?? '') as CollectionSlug
    const id = req.searchParams.get('id') ?? ''
    const collections = translatableCollections(req)
    if (!collections[slug])
      return refuse(req, 400, 'errors.unknownCollection', {
        collection: slug,
        collections: Object.keys(collections).join(', '),
      })
    if (!id) return refuse(req, 400, 'errors.missingId')

    const doc = (await req.payload.findByID({
      collection: slug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      locale: 'all',
      overrideAccess: true,
      req,
      showHiddenFields: true,
    })) as Record<string, unknown> | null
    if (!doc) return refuse(req, 404, 'errors.documentNotFound', { id })

    const localization = req.payload.config.localization
    const locales = localeCodes(req)
    const source = sourceLocaleOf(doc, localization ? localization.defaultLocale : '')
    const fields = translatableFields(collections[slug]!)
    const required = fields.filter((field) => field.required)
    const counted = required.length ? required : fields
    const tracking = (doc.translationTracking as TranslationTracking | undefined) ?? {}

    const result = Object.fromEntries(
      locales.map((locale) => {
        const record = tracking[locale]
        const outdated = outdatedFields(doc, fields, source, locale)
        const filled = counted.filter((field) =>
          isFilled(valueInLocale(doc, field.path, locale)),
        ).length
        return [
          locale,
          {
            completeness: counted.length ? Math.round((100 * filled) / counted.length) : 100,
            lastChange: record?.updatedAt ?? null,
            lastTranslator: record?.translator ?? null,
            outdated: outdated.length > 0,
            outdatedFields: outdated,
            state:
              ((doc.localeStatus as Record<string, string> | undefined) ?? {})[locale] ?? 'draft',
          },
        ]
      }),
    )
    const labels = fieldLabels(collections[slug]!, req.i18n)
    const fieldList = fields.map((field) => ({
      label: labels[field.path] ?? field.path,
      path: field.path,
      required: field.required,
    }))
    return Response.json({
      collection: slug,
      fields: fieldList,
      id: doc.id,
      locales: result,
      sourceLocale: source,
    })
  },
}
