import type { Term } from '../../types.js'
import { singleCharOf } from './charTokens.js'

/**
 * FTS5 MATCH expressions from query words. Every token is a double-quoted string (a `"` doubled),
 * so words such as `or`, `not`, `near` or `and` and any syntax character are plain text; a prefix
 * is `"tok"*`, a phrase `"a b c"` (consecutive positions within one column).
 */
export const quoteFts = (token: string) => `"${token.replace(/"/g, '""')}"`

/** A term as FTS5 syntax; a prefix with its `expansions` (`prefixTerms.ts`) as the OR of those terms. */
const termExpression = (term: Term, expansions?: ReadonlyMap<string, string[]>) => {
  if ('phrase' in term) return quoteFts(term.phrase.join(' '))
  const terms = term.prefix ? expansions?.get(term.token) : undefined
  if (terms) return terms.length ? terms.map(quoteFts).join(' OR ') : quoteFts(term.token)
  return `${quoteFts(term.token)}${term.prefix ? '*' : ''}`
}

/**
 * Every word in one of these columns (a word may match in one column, the next in another). With
 * `charTokens` (an index whose columns end with their first characters), a one-character word is
 * that exact token, not a prefix; a prefix found in `expansions` is the OR of the terms listed
 * there (none: the exact token, which the index does not hold either).
 */
export function wordsMatch(
  words: Term[][],
  columns: 'title' | 'title body',
  charTokens = false,
  expansions?: ReadonlyMap<string, string[]>,
): string {
  return words
    .map((alternatives) => {
      const expressions = alternatives.map((term) => {
        const char = charTokens ? singleCharOf(term) : undefined
        return char === undefined ? termExpression(term, expansions) : quoteFts(char)
      })
      return `{${columns}} : (${expressions.join(' OR ')})`
    })
    .join(' AND ')
}

/** The scope tokens of an entry: its locale and collection, hex-encoded so any slug is one token. */
export const scopeToken = (kind: 'c' | 'l', value: string) =>
  kind + Buffer.from(value, 'utf8').toString('hex')

/** Entries in one of these collections and locales (either filter left out when absent). */
export function scopeMatch(
  collections: string[] | undefined,
  locales: string[] | undefined,
): string | undefined {
  const any = (kind: 'c' | 'l', values: string[]) =>
    `{scope} : (${values.map((value) => quoteFts(scopeToken(kind, value))).join(' OR ')})`
  const filters = [
    ...(collections ? [any('c', collections)] : []),
    ...(locales ? [any('l', locales)] : []),
  ]
  return filters.length ? filters.join(' AND ') : undefined
}
