import type { CollectionBeforeChangeHook } from 'payload'

import { textHash, translatableFields, valueAt } from './sourceTexts.js'
import { readInLocale } from '../readInLocale.js'

export interface LocaleTracking {
  /** Fingerprints of the source texts this locale was last written against, per field path. */
  sourceHashes: Record<string, string>
  translator: null | string
  updatedAt: string
}

export type TranslationTracking = Record<string, LocaleTracking>

/** The locale a document is translated from: its `sourceLanguage` field, else the default locale. */
export const sourceLocaleOf = (
  doc: Record<string, unknown> | undefined,
  defaultLocale: string,
): string => (typeof doc?.sourceLanguage === 'string' ? doc.sourceLanguage : defaultLocale)

/**
 * When a translation (any locale but the source) is written, records which source texts it was
 * made from, who wrote it and when; a later change of a source text then marks that field outdated.
 */
export const recordTranslationSource: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const localization = req.payload.config.localization
  const locale = req.locale
  if (!localization || !locale || locale === 'all' || !originalDoc?.id) return data
  const source = sourceLocaleOf({ ...originalDoc, ...data }, localization.defaultLocale)
  const tracking: TranslationTracking = {
    ...((originalDoc.translationTracking as TranslationTracking | undefined) ?? {}),
  }
  const fields = translatableFields(collection.flattenedFields)
  const touched = fields.some(
    (field) =>
      valueAt(data, field.path) !== undefined &&
      textHash(valueAt(data, field.path)) !== textHash(valueAt(originalDoc, field.path)),
  )
  const translator = req.user ? String((req.user as { email?: string }).email ?? req.user.id) : null

  if (locale !== source && touched) {
    const sourceDoc = await readInLocale(req, (isolated) =>
      req.payload.findByID({
        collection: collection.slug,
        depth: 0,
        draft: true,
        fallbackLocale: false,
        id: originalDoc.id as number | string,
        locale: source as 'all',
        overrideAccess: true,
        req: isolated,
      }),
    )
    tracking[locale] = {
      sourceHashes: Object.fromEntries(
        fields.map((field) => [
          field.path,
          textHash(valueAt(sourceDoc as unknown as Record<string, unknown>, field.path)),
        ]),
      ),
      translator,
      updatedAt: new Date().toISOString(),
    }
  } else if (touched) {
    tracking[locale] = {
      sourceHashes: {},
      ...tracking[locale],
      translator,
      updatedAt: new Date().toISOString(),
    }
  }
  return { ...data, translationTracking: tracking }
}
