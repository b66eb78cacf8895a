import type { Field } from 'payload'

import { label } from '../i18n/label.js'
import { localeLabel } from '../i18n/localeLabel.js'
import { publishedInField } from './publishedIn.js'

/** Where each locale of a document stands; only `published` makes that locale visible to the public. */
export const LOCALE_STATUSES = [
  'draft',
  'inTranslation',
  'inReview',
  'published',
  'unpublished',
] as const
export type LocaleStatus = (typeof LOCALE_STATUSES)[number]

/**
 * Per-locale publishing, kept inside Payload's version history: `localeStatus` is localized (one
 * state per locale), `availableLocales` lists the published locales and is maintained by Twinning,
 * together with its indexed mirror `publishedIn`.
 */
export function localePublishingFields(locales: string[]): Field[] {
  return [
    {
      name: 'localeStatus',
      type: 'select',
      localized: true,
      defaultValue: 'draft',
      index: true,
      label: label('fields.localeStatus'),
      admin: { description: label('descriptions.localeStatus'), position: 'sidebar' },
      options: LOCALE_STATUSES.map((value) => ({ label: label(`localeStatuses.${value}`), value })),
    },
    // Which source texts each translation was made from (see translation/recordTranslationSource.ts).
    {
      name: 'translationTracking',
      type: 'json',
      hidden: true,
      label: label('fields.translationTracking'),
    },
    {
      name: 'availableLocales',
      type: 'select',
      hasMany: true,
      index: true,
      label: label('fields.availableLocales'),
      admin: {
        description: label('descriptions.availableLocales'),
        position: 'sidebar',
        readOnly: true,
      },
      options: locales.map((code) => ({ label: localeLabel(code), value: code })),
    },
    publishedInField(locales),
  ]
}
