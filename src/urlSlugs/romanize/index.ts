import { romanize as romanizeChinese, loadChinese } from './chinese.js'
import { romanize as romanizeJapanese, loadJapanese } from './japanese.js'
import { romanize as romanizeKorean } from './korean.js'
import { baseLocale, romanize as romanizeLatin } from './latin.js'

/**
 * Text written in `locale` as space-separated lower-case ASCII words: Chinese in Pinyin, Korean in
 * the Revised Romanization, Japanese in modified Hepburn, every other locale as Latin script with
 * German transliteration. Latin words and digits inside CJK text are kept; letters of a script
 * other than the locale's and Latin are dropped.
 */
export async function romanize(text: string, locale: string): Promise<string> {
  switch (baseLocale(locale)) {
    case 'zh':
      return romanizeChinese(text, locale)
    case 'ko':
      return romanizeKorean(text, locale)
    case 'ja':
      return romanizeJapanese(text, locale)
    default:
      return romanizeLatin(text, locale)
  }
}

/** Loads the dictionaries the given locales need (all when none are given), each once. */
export async function preloadDictionaries(locales?: string[]): Promise<void> {
  const bases = new Set((locales ?? ['zh', 'ja']).map(baseLocale))
  await Promise.all([
    bases.has('zh') ? loadChinese() : undefined,
    bases.has('ja') ? loadJapanese() : undefined,
  ])
}
