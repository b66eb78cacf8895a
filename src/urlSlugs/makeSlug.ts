import type { SlugStyle } from '../options.js'
import { preloadDictionaries, romanize } from './romanize/index.js'

export type { SlugStyle }

export const DEFAULT_SLUG_MAX_LENGTH = 80

/** A URL slug for `text` written in `locale`; '' when the text has no letters or digits (emoji/punctuation only). */
export async function makeSlug(
  text: string,
  locale: string,
  options: { style?: SlugStyle; maxLength?: number } = {},
): Promise<string> {
  const maxLength = Math.max(1, options.maxLength ?? DEFAULT_SLUG_MAX_LENGTH)
  const words =
    options.style === 'native'
      ? nativeWords(text)
      : (await romanize(text, locale))
          .split(' ')
          .map((word) => word.replace(/[^a-z0-9]/g, ''))
          .filter(Boolean)
  return joinWithin(words, maxLength)
}

/** Loads the large dictionaries now (e.g. at start-up or before a bulk rebuild), once. */
export async function preloadRomanizers(locales?: string[]): Promise<void> {
  await preloadDictionaries(locales)
}

/** The title's own script: NFKC, lower-cased, runs of non-letters/digits as word breaks. */
function nativeWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * Words joined by hyphens, as many as fit in `maxLength` characters (code points, so a native
 * slug is cut between characters, never inside one); a first word longer than that is cut hard.
 */
function joinWithin(words: string[], maxLength: number): string {
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if ([...next].length <= maxLength) slug = next
    else {
      if (!slug) slug = [...word].slice(0, maxLength).join('')
      break
    }
  }
  return slug
}
