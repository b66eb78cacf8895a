import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/roles.js'
import { translate } from '../i18n/label.js'
import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'
import { sourceLocaleOf, type TranslationTracking } from '../translation/recordTranslationSource.js'
import { isFilled, textHash, translatableFields, valueAt } from '../translation/sourceTexts.js'
import type { TranslationKey } from '../i18n/resources.js'

const fail = (req: PayloadRequest, status: number, key: TranslationKey, vars: Record<string, string> = {}) =>
  Response.json({ errors: [{ message: translate(req.i18n?.language ?? 'en', key, vars) }] }, { status })

/**
 * `GET /api/twinning/translation-status?collection=news&id=3`: per locale the publication state,
 * completeness (% of required localized fields filled), the fields whose source text changed since
 * the translation was written, the last translator and the last change. Newsroom staff only.
 */
export const translationStatusEndpoint: Endpoint = {
  method: 'get',
  path: `/${TWINNING}/translation-status`,
  handler: async (req) => {
    if (!req.user) return fail(req, 401, 'errors.loginRequired')
    if (!isStaffUser(req.user)) return fail(req, 403, 'errors.staffOnly')
    const options = req.payload.config.custom[TWINNING] as ResolvedOptions
    const slug = req.searchParams.get('collection') ?? ''
    const id = req.searchParams.get('id') ?? ''
    const collection = (req.payload.collections as Record<string, { config: (typeof req.payload.collections)[keyof typeof req.payload.collections]['config'] } | undefined>)[slug]?.config
    const tracked = (['news', 'partnerCities', 'events'] as const).filter((key) => options.collections[key]).map((key) => options.slugs[key])
    if (!collection || !tracked.includes(slug as never)) return fail(req, 400, 'errors.unknownCollection', { collection: slug, collections: tracked.join(', ') })
    if (!id) return fail(req, 400, 'errors.missingId')

    const doc = (await req.payload.findByID({
      collection: collection.slug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id,
      locale: 'all',
      overrideAccess: true,
      req,
      showHiddenFields: true,
    })) as Record<string, unknown> | null
    if (!doc) return fail(req, 404, 'errors.documentNotFound', { id })

    const localization = req.payload.config.localization
    const locales = localization ? localization.localeCodes : []
    const source = sourceLocaleOf(doc, localization ? localization.defaultLocale : '')
    const fields = translatableFields(collection.flattenedFields)
    const required = fields.filter((field) => field.required)
    const counted = required.length ? required : fields
    const tracking = (doc.translationTracking as TranslationTracking | undefined) ?? {}
    const inLocale = (path: string, locale: string) => (valueAt(doc, path) as Record<string, unknown> | undefined)?.[locale]

    const result = Object.fromEntries(
      locales.map((locale) => {
        const record = tracking[locale]
        const outdatedFields =
          locale === source || !record
            ? []
            : fields
                .filter((field) => record.sourceHashes[field.path] !== undefined && record.sourceHashes[field.path] !== textHash(inLocale(field.path, source)))
                .map((field) => field.path)
        const filled = counted.filter((field) => isFilled(inLocale(field.path, locale))).length
        return [
          locale,
          {
            completeness: counted.length ? Math.round((100 * filled) / counted.length) : 100,
            lastChange: record?.updatedAt ?? null,
            lastTranslator: record?.translator ?? null,
            outdated: outdatedFields.length > 0,
            outdatedFields,
            state: ((doc.localeStatus as Record<string, string> | undefined) ?? {})[locale] ?? 'draft',
          },
        ]
      }),
    )
    return Response.json({ collection: collection.slug, id: doc.id, locales: result, sourceLocale: source })
  },
}
