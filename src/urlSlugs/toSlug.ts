import slugify from 'slugify'

const LATIN_LOCALES = new Set(['de', 'en', 'fr', 'es', 'it', 'nl', 'pl', 'cs'])

/**
 * A URL slug for a title in a locale. Latin-script text goes through `slugify` with the locale's
 * transliteration ("Köln" → "koeln"); text in other scripts keeps its letters, lower-cased, with
 * every run of non-letters turned into one hyphen ("南京 2026" → "南京-2026").
 */
export function toSlug(text: string, locale = 'de'): string {
  const normalized = text.normalize('NFKC').trim()
  const latin = slugify(normalized, {
    locale: LATIN_LOCALES.has(locale) ? locale : 'de',
    lower: true,
    strict: true,
    trim: true,
  })
  const onlyLatin = !/[^\p{Script=Latin}\p{N}\p{P}\p{S}\p{Z}]/u.test(normalized)
  if (onlyLatin && latin) return latin
  return normalized
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
}
