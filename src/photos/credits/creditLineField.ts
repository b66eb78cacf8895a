import type { FieldHook, TextField } from 'payload'

import { label } from '../../i18n/label.js'
import { creditLine } from './creditLine.js'

type PhotoData = { copyrightHolder?: unknown; credit?: unknown; id: number | string }

/**
 * The line is in the language the text is read in — the requested locale, also when the photo's
 * texts come from a fallback (a Korean page says "사진: …" under a German alt text). `locale=all`
 * gets every configured locale's line as a locale map: the line needs no publishing of its own, so
 * a photo public in any locale has it in all. Not a `localized` field: that would make it
 * translatable text for the translation status, XLIFF and search, which it is not.
 */
const computeCreditLine =
  (locales: string[], defaultLocale: string): FieldHook<PhotoData> =>
  ({ req, siblingData }) => {
    const line = (language: string) =>
      creditLine(language, siblingData?.credit, siblingData?.copyrightHolder)
    return req.locale === 'all'
      ? Object.fromEntries(locales.map((code) => [code, line(code)]))
      : line(req.locale ?? defaultLocale)
  }

/** `creditLine`: virtual, read-only, computed on every read (REST, GraphQL, Local API, admin). */
export function creditLineField(locales: string[], defaultLocale: string): TextField {
  return {
    name: 'creditLine',
    type: 'text',
    virtual: true,
    label: label('photos.creditLine.label'),
    admin: {
      description: label('photos.creditLine.description'),
      position: 'sidebar',
      readOnly: true,
    },
    hooks: { afterRead: [computeCreditLine(locales, defaultLocale)] },
  }
}
