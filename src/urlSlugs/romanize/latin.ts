import slugify from 'slugify'

/** German transliteration applied to every Latin-script text, whatever its locale ("Köln" → "koeln"). */
const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
}

/**
 * Latin-script text as space-separated lower-case ASCII words, by `slugify` with German rules for
 * umlauts and ß in every locale. slugify's German locale also spells symbols in German (& → und),
 * so it is used for `de` only; other locales get slugify's English words for symbols (& → and).
 * Letters of other scripts are dropped.
 */
export function romanizeLatinSync(text: string, locale = 'de'): string {
  const prepared = text.normalize('NFKC').replace(/[äöüÄÖÜßẞ]/g, (ch) => GERMAN_LETTERS[ch] ?? ch)
  const slug = slugify(prepared, {
    locale: baseLocale(locale) === 'de' ? 'de' : undefined,
    lower: true,
    strict: true,
    trim: true,
  })
  return slug.split('-').filter(Boolean).join(' ')
}

export async function romanize(text: string, locale: string): Promise<string> {
  return romanizeLatinSync(text, locale)
}

/** `zh-Hans` → `zh`, `de_AT` → `de`. */
export function baseLocale(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase()
}
