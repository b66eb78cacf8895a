import type { CollectionBeforeChangeHook } from 'payload'

import { refuse } from '../../http/refuse.js'
import { translate } from '../../i18n/label.js'
import { localeLabel } from '../../i18n/localeLabel.js'
import type { TwinningLocale } from '../../localization.js'
import { localeSetupOf } from '../../publication/localeSetup.js'
import { LOCALE_ACTION, type LocaleAction } from '../../publication/scopePublishingToLocale.js'
import { contentToPublish } from './contentToPublish.js'
import { photoReferences } from './photoReferences.js'
import { photosWithoutAltText } from './photosWithoutAltText.js'

type Id = number | string

/**
 * Refuses a publish (REST, Local API, admin, scheduled job — every path sets the locale action)
 * while the public would see one of the document's photos without an alt text in its language:
 * a photo in a localized field (a rich-text upload node) must have one in the locale published; a
 * photo in a shared field (hero photo, gallery, cover photo) goes live in every published locale
 * of the document, so it must have one in each. 400 naming the locale and the photos; nothing is
 * written. Drafts and withdrawals are never checked.
 */
export const refuseMissingAltText =
  (photosSlug: string): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const change = req.context[LOCALE_ACTION] as LocaleAction | undefined
    if (change?.action !== 'publish') return data
    const { locales } = localeSetupOf(req.payload.config)
    const content = contentToPublish(collection.flattenedFields, originalDoc, data)
    const references = photoReferences(collection.flattenedFields, content, photosSlug)
    const published = new Set<string>([
      ...((originalDoc?.availableLocales as string[] | undefined) ?? []),
      change.locale,
    ])
    // The locale being published is named first when it lacks an alt text itself.
    const live = [
      change.locale,
      ...locales.filter((code) => code !== change.locale && published.has(code)),
    ]

    const wanted = new Map<string, { id: Id; locales: Set<string> }>()
    const want = (id: Id, codes: string[]) => {
      const entry = wanted.get(String(id)) ?? { id, locales: new Set<string>() }
      for (const code of codes) entry.locales.add(code)
      wanted.set(String(id), entry)
    }
    for (const id of references.shared) want(id, live)
    for (const id of references.localized) want(id, [change.locale])

    const missing = await photosWithoutAltText(req, photosSlug, wanted)
    if (!missing.length) return data
    const locale = live.find((code) => missing.some((photo) => photo.locale === code))!
    const photos = missing.filter((photo) => photo.locale === locale)
    const language = req.i18n?.language ?? 'en'
    const named = photos.map((photo) =>
      translate(language, 'photos.altText.photo', {
        id: String(photo.id),
        name: photo.filename ?? String(photo.id),
      }),
    )
    return refuse(
      req,
      400,
      'photos.altText.refused',
      { language: localeName(language, locale), photos: named.join('; ') },
      {
        locale,
        photos: photos.map(({ filename, id }) => ({ filename, id })),
      },
    )
  }

/** A locale's name in the request's language ("Koreanisch"), English where Twinning has none. */
function localeName(language: string, code: string): string {
  const names = localeLabel(code)
  return names[language as TwinningLocale] ?? names.en
}
