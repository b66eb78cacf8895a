import type { SanitizedCollectionConfig } from 'payload'

import type { LocaleSetup } from '../publication/predicates.js'
import { publicViewOf } from '../publication/log/publicText.js'
import { publicationOf } from '../publication/publicRead.js'
import { analyzeDocument } from './analyzer/index.js'
import { documentText } from './documentText.js'
import { FILLED_FIELDS, type SearchEntry, TITLE_FILLED } from './types.js'

type Data = Record<string, unknown>

/** Fields that date an item, in order of preference: "newer above older" sorts by the first set. */
const DATE_FIELDS = ['publishedAt', 'startsAt', 'takenAt', 'createdAt']

const dateOf = (view: Data, stored: Data): string | null => {
  for (const name of DATE_FIELDS) {
    const value = view[name] ?? stored[name]
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      return new Date(value).toISOString()
  }
  return null
}

/**
 * The search index's entry for a stored document (all locales, as the adapter holds it) in one
 * locale: built from exactly what an anonymous reader of that locale sees (the public read
 * model's projection), or undefined when the document is not public there.
 */
export function searchEntryOf(
  collection: SanitizedCollectionConfig,
  stored: Data,
  locale: string,
  setup: LocaleSetup,
): SearchEntry | undefined {
  const settings = publicationOf(collection)
  const view = publicViewOf(collection.flattenedFields, stored, locale, setup, settings)
  if (!view) return undefined
  const text = documentText(collection.flattenedFields, view)
  const titleField = collection.admin?.useAsTitle ?? 'id'
  const title = text[titleField] ?? ''
  const body = Object.entries(text)
    .filter(([path]) => path !== titleField)
    .map(([, value]) => value)
  const own = publicViewOf(collection.flattenedFields, stored, locale, setup, settings, {
    ownOnly: true,
  })
  const ownText = own ? documentText(collection.flattenedFields, own) : {}
  const filled = Object.keys(text).filter((path) => ownText[path] !== text[path])
  if (filled.includes(titleField)) filled.push(TITLE_FILLED)
  const slug = typeof view.slug === 'string' && view.slug ? view.slug : null
  return {
    collection: collection.slug,
    date: dateOf(view, stored),
    id: String(stored.id),
    locale,
    slug,
    text: filled.length ? { ...text, [FILLED_FIELDS]: filled.join(',') } : text,
    title,
    tokens: analyzeDocument({ body, title }, locale),
  }
}
