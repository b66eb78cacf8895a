import type { TranslationTracking } from './recordTranslationSource.js'
import { textHash, type TextField, valueInLocale } from './sourceTexts.js'

/**
 * The fields whose source text changed after `locale` was translated (read with `locale: 'all'`):
 * their fingerprint at translation time differs from the current source's.
 */
export function outdatedFields(
  doc: Record<string, unknown>,
  fields: TextField[],
  source: string,
  locale: string,
): string[] {
  const record = ((doc.translationTracking as TranslationTracking | undefined) ?? {})[locale]
  if (locale === source || !record) return []
  return fields
    .filter((field) => {
      const recorded = record.sourceHashes[field.path]
      return recorded !== undefined && recorded !== textHash(valueInLocale(doc, field.path, source))
    })
    .map((field) => field.path)
}
