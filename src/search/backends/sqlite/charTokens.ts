import type { Term } from '../../types.js'

/**
 * A title or body ends, after a separator, with one token per distinct first character of its
 * tokens: every character of a Chinese or Japanese run (a run's tokens are its bigrams and its last
 * character) and the initial of every other word (Latin letters, digits, Hangul syllables). A
 * one-character prefix query (市, 시, s) is then that one token, one doclist read that stops at the
 * page's end, instead of a prefix query merging the doclists of every term the character begins.
 * The two forms find the same entries: a token starts with the character exactly when the
 * character is among its column's first characters.
 *
 * A first character is one code point, without the marks that may follow it (an ideographic
 * variation selector, a dakuten NFKC could not compose): the query 葛 must find 葛󠄀飾区. Only a
 * query of one code point is asked this way; 葛 with its selector stays a prefix query.
 *
 * Each token is the character itself: FTS5 writes a prefix-index entry only for a token at least as
 * long as the prefix (2 and 3 characters here), so a one-character token costs one entry.
 *
 * The separator is a private-use character the analyzer never emits (it keeps letters and digits
 * only), so no query phrase can run from the text's last tokens into the appended characters. An
 * exact (not prefix) one-character term would match them too; the query parser asks for none
 * (Latin words are prefixes, a Korean place name's bare form has two syllables or more).
 */
export const CHAR_SEPARATOR = '\uE000'

/** The first code point of a non-empty token (marks that follow it left out). */
export const firstCodePoint = (token: string) => String.fromCodePoint(token.codePointAt(0)!)

/** The appended part of a column (` \uE000 市 南 s …`, or '' without tokens) for its token stream. */
export function charTokens(tokens: string[]): string {
  const seen = new Set<string>()
  for (const token of tokens) if (token) seen.add(firstCodePoint(token))
  if (!seen.size) return ''
  let joined = ` ${CHAR_SEPARATOR}`
  for (const char of seen) joined += ` ${char}`
  return joined
}

/** The one code point a term asks for as a prefix (市*, 시*, s*), or undefined for any other term. */
export function singleCharOf(term: Term): string | undefined {
  if ('phrase' in term || !term.prefix || !term.token) return undefined
  return firstCodePoint(term.token) === term.token ? term.token : undefined
}
