import { cjkChars } from '../../analyzer/cjk.js'
import { cjkScript } from '../../analyzer/runs.js'
import type { Term } from '../../types.js'

/**
 * One token per distinct Chinese/Japanese character of an entry, in the FTS `scope` column: `t…`
 * for the title's, `u…` for the body's (hex, so the `ascii` tokenizer keeps each one whole).
 * A one-character query (市) is then one doclist read that stops at the page's end, instead of a
 * prefix query merging the doclists of every bigram that starts with the character. A character
 * in a CJK run is exactly a character some bigram or last-character unigram starts with, so the
 * two forms find the same entries.
 */
export type CharPart = 't' | 'u'

const hex = new Map<string, string>()
const hexOf = (char: string) => {
  let encoded = hex.get(char)
  if (encoded === undefined) {
    encoded = Buffer.from(char, 'utf8').toString('hex')
    hex.set(char, encoded)
  }
  return encoded
}

/**
 * The space-joined char tokens of a token stream (the analyzer's output for a title or body). A
 * run's tokens are its bigrams and its last character, so their first characters are every
 * character of the run: only each token's first one is read.
 */
export function charTokens(tokens: string[], part: CharPart): string {
  const seen = new Set<string>()
  for (const token of tokens) {
    if (!cjkScript(token)) continue
    seen.add(cjkChars(token)[0]!.char)
  }
  let joined = ''
  for (const char of seen) joined += ` ${part}${hexOf(char)}`
  return joined
}

/** The one CJK character a term asks for as a prefix (市*), or undefined for any other term. */
export function singleCharOf(term: Term): string | undefined {
  if ('phrase' in term || !term.prefix || !cjkScript(term.token)) return undefined
  const chars = cjkChars(term.token)
  return chars.length === 1 ? chars[0]!.char : undefined
}

/** The char tokens a one-character term matches in the title, or in the title and the body. */
export const charTermTokens = (char: string, columns: 'title' | 'title body'): string[] =>
  columns === 'title' ? [`t${hexOf(char)}`] : [`t${hexOf(char)}`, `u${hexOf(char)}`]
