import { publishedInValue } from './publishedIn.js'

/**
 * The stored publication state of a document published in `published` (of `locales`): what the
 * hooks maintain on every publish and unpublish, for writers that bypass them (the archive seed).
 */
export function publicationState(locales: string[], published: string[]) {
  const availableLocales = locales.filter((code) => published.includes(code))
  return {
    _status: availableLocales.length ? ('published' as const) : ('draft' as const),
    availableLocales,
    localeStatus: Object.fromEntries(
      locales.map((code) => [code, availableLocales.includes(code) ? 'published' : 'draft']),
    ),
    publishedIn: publishedInValue(locales, availableLocales),
  }
}
