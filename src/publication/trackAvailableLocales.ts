import type { CollectionBeforeChangeHook } from 'payload'

import { publishedInValue } from './publishedIn.js'
import { LOCALE_ACTION, type LocaleAction } from './scopePublishingToLocale.js'

/**
 * Keeps `availableLocales` (the published locales) and its mirror `publishedIn` in step with publish and unpublish writes; drafts
 * and clients cannot change it.
 */
export const trackAvailableLocales: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const available = new Set<string>((originalDoc?.availableLocales as string[] | undefined) ?? [])
  const change = req.context[LOCALE_ACTION] as LocaleAction | undefined
  if (change?.action === 'publish') available.add(change.locale)
  if (change?.action === 'unpublish') available.delete(change.locale)
  const availableLocales = codes.filter((code) => available.has(code))
  const next: Record<string, unknown> = {
    ...data,
    availableLocales,
    publishedIn: publishedInValue(codes, availableLocales),
  }
  // `_status` tells the truth: a document no locale of which is public is not `published`.
  if (change && availableLocales.length === 0) next._status = 'draft'
  return next
}
