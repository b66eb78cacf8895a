import type { Field, Where } from 'payload'

import { label } from '../i18n/label.js'
import { localeLabel } from '../i18n/localeLabel.js'

/** The subfield name of `publishedIn` for a locale code (`zh-CN` → `zh_CN`). */
export const publishedInName = (code: string): string => code.replace(/[^A-Za-z0-9_]/g, '_')

/** The query path of "published in this locale": `publishedIn.zh`. */
export const publishedInPath = (code: string): string => `publishedIn.${publishedInName(code)}`

/**
 * `publishedIn`: one boolean column per locale on the collection's own table, mirroring
 * `availableLocales`. The public read rule filters on it instead of on `availableLocales` (a
 * hasMany table): a join there makes every public list a DISTINCT query plus a GROUP BY count over
 * the whole archive, while a column lets an index on (publishedIn.<locale>, date) answer the page.
 * Maintained with `availableLocales`; not shown in the admin and not served to the public. Not a
 * `hidden` field: Payload refuses `where` on hidden fields, and the read rule's `where` needs it.
 */
export function publishedInField(locales: string[]): Field {
  return {
    name: 'publishedIn',
    type: 'group',
    label: label('fields.publishedIn'),
    admin: { hidden: true },
    fields: locales.map((code) => ({
      name: publishedInName(code),
      type: 'checkbox',
      defaultValue: false,
      label: localeLabel(code),
    })),
  }
}

/** `{ de: true, en: false, … }` for the published locales given. */
export function publishedInValue(
  locales: string[],
  published: Iterable<string>,
): Record<string, boolean> {
  const set = new Set(published)
  return Object.fromEntries(locales.map((code) => [publishedInName(code), set.has(code)]))
}

/** Published in at least one of `locales`: the per-locale half of the public read rule. */
export function publishedInAny(locales: string[]): Where {
  const clauses: Where[] = locales.map((code) => ({ [publishedInPath(code)]: { equals: true } }))
  return clauses.length === 1 ? clauses[0]! : { or: clauses }
}
