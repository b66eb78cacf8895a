import { cjkChars } from '../../analyzer/cjk.js'
import { cjkScript } from '../../analyzer/runs.js'
import type { Term } from '../../types.js'

/**
 * One token per distinct Chinese/Japanese character of a title or body, appended to that column
 * after a separator: a one-character query (市) is then one doclist read that stops at the page's
 * end, instead of a prefix query merging the doclists of every bigram that starts with the
 * character. A character in a CJK run is exactly a character some bigram or last-character unigram
 * starts with, so the two forms find the same entries.
 *
 * Each token is the character itself: FTS5 writes a prefix-index entry only for a token at least as
 * long as the prefix (2 and 3 characters here), so a one-character token costs one entry, where the
 * hex tokens this replaced (`u` + six hex digits) cost three.
 *
 * The separator is a private-use character the analyzer never emits (it keeps letters and digits
 * only), so no query phrase can run from the text's last tokens into the appended characters.
 */
export const CHAR_SEPARATOR = '\uE000'

/**
 * The appended part of a column (` \uE000 市 南 …`, or '' without tokens) for a token stream (the
 * analyzer's output for a title or body): the first character of each distinct token. For CJK a
 * run's tokens are its bigrams and its last character, so their first characters are every
 * character of the run. With `initials`, every other token's first character too (Latin letters,
 * digits, Hangul syllables): a one-character prefix query (`s`, `시`) is then that one token. (An
 * exact one-character term would match these too; the query parser asks for none: Latin words
 * are prefixes, a Korean place name's bare form has two syllables or more.)
 */
export function charTokens(tokens: string[], initials = false): string {
  const seen = new Set<string>()
  for (const token of tokens) {
    if (cjkScript(token)) seen.add(cjkChars(token)[0]!.char)
    else if (initials && token) seen.add(String.fromCodePoint(token.codePointAt(0)!))
  }
  if (!seen.size) return ''
  let joined = ` ${CHAR_SEPARATOR}`
  for (const char of seen) joined += ` ${char}`
  return joined
}

/**
 * The one character a term asks for as a prefix (市*, and with `initials` also s* or 시*), or
 * undefined for any other term.
 */
export function singleCharOf(term: Term, initials = false): string | undefined {
  if ('phrase' in term || !term.prefix) return undefined
  if (!cjkScript(term.token))
    return initials && [...term.token].length === 1 ? term.token : undefined
  const chars = cjkChars(term.token)
  return chars.length === 1 ? chars[0]!.char : undefined
}
