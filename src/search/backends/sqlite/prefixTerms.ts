import { cjkScript } from '../../analyzer/runs.js'
import type { Term } from '../../types.js'
import { firstCodePoint } from './charTokens.js'

/**
 * FTS5 keeps prefix indexes of 2 and 3 characters (`prefix='2 3'`; one character is an appended
 * token, `charTokens.ts`); a longer prefix query (`rathaus*`, `세종시와*`) merges the doclist of
 * every term that starts with it, in full, before the first row comes back: for a word in every
 * release that is the slowest part of a search. The index
 * therefore keeps the list of its terms (`twinning_search_terms`), and such a prefix is asked as the
 * OR of the terms it stands for (`"rathaus" OR "rathauses"`), which FTS5 walks lazily, newest first,
 * stopping at the page's end. A prefix of more than MAX_EXPANSIONS terms stays a prefix query.
 *
 * Chinese and Japanese are left out: their terms are character pairs (a prefix of one or two
 * characters already names them), and listing every pair of every body would cost indexing time.
 * So a term is listed when it does not start with a CJK character and is longer than three
 * characters, and only such prefixes are expanded: every term that starts with one is listed.
 */
export const MAX_EXPANSIONS = 24

/** Longest prefix (in characters) FTS5 answers from its own prefix index. */
const PREFIX_INDEX_CHARS = 3

/** FTS5's `ascii` tokenizer: ASCII letters and digits and every non-ASCII character are token characters. */
const ASCII_SEPARATORS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/

/** The terms FTS5 makes of a column's text (as its `ascii` tokenizer splits and folds it). */
export function ftsTerms(column: string): string[] {
  return column
    .split(ASCII_SEPARATORS)
    .filter(Boolean)
    .map((term) => term.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()))
}

const longerThanPrefixIndex = (text: string) =>
  text.length > PREFIX_INDEX_CHARS && [...text].length > PREFIX_INDEX_CHARS
const expandable = (text: string) => longerThanPrefixIndex(text) && !cjkScript(firstCodePoint(text))

/** A token FTS5 would split or fold (anything but lower-case ASCII letters, digits, non-ASCII). */
const NEEDS_SPLIT = /[^a-z0-9\u0080-\uffff]/
/** Adds to `listed` the terms of these analyzer tokens that the list keeps. */
export function addListedTerms(tokens: string[], listed: Set<string>): void {
  for (const token of tokens) {
    // analyzer tokens are lower-case letters and digits: one FTS5 term each
    const terms = NEEDS_SPLIT.test(token) ? ftsTerms(token) : [token]
    for (const term of terms) if (!listed.has(term) && expandable(term)) listed.add(term)
  }
}

/** The prefix tokens of these terms that are asked as their listed terms. */
export function expandablePrefixes(terms: Term[]): string[] {
  return terms.flatMap((term) =>
    'phrase' in term || !term.prefix || !expandable(term.token) ? [] : [term.token],
  )
}

/**
 * The least string greater than every string that starts with `prefix` (its last code point plus
 * one; SQLite compares text as UTF-8 bytes, which is code point order), or undefined when there is
 * none to give.
 */
export function prefixEnd(prefix: string): string | undefined {
  const points = [...prefix]
  const last = points.pop()?.codePointAt(0)
  if (last === undefined || last >= 0x10ffff) return undefined
  const next = last + 1 === 0xd800 ? 0xe000 : last + 1
  return points.join('') + String.fromCodePoint(next)
}
