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
 * The appended part of a column (` \uE000 市 南 …`, or '' without CJK) for a token stream (the
 * analyzer's output for a title or body). A run's tokens are its bigrams and its last character, so
 * their first characters are every character of the run: only each token's first one is read.
 */
export function charTokens(tokens: string[]): string {
  const seen = new Set<string>()
  for (const token of tokens) {
    if (!cjkScript(token)) continue
    seen.add(cjkChars(token)[0]!.char)
  }
  if (!seen.size) return ''
  let joined = ` ${CHAR_SEPARATOR}`
  for (const char of seen) joined += ` ${char}`
  return joined
}

/** The one CJK character a term asks for as a prefix (市*), or undefined for any other term. */
export function singleCharOf(term: Term): string | undefined {
  if ('phrase' in term || !term.prefix || !cjkScript(term.token)) return undefined
  const chars = cjkChars(term.token)
  return chars.length === 1 ? chars[0]!.char : undefined
}
