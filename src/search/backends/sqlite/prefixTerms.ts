import type { Term } from '../../types.js'

/**
 * FTS5 keeps prefix indexes of 2 and 3 bytes (`prefix='2 3'`); a longer prefix query (`rathaus*`,
 * `세종*`) merges the doclist of every term that starts with it, in full, before the first row
 * comes back: for a word in every release that is the slowest part of a search. The index
 * therefore keeps the list of its terms (`twinning_search_terms`), and such a prefix is asked as the
 * OR of the terms it stands for (`"rathaus" OR "rathauses"`), which FTS5 walks lazily, newest first,
 * stopping at the page's end. A prefix of more than MAX_EXPANSIONS terms stays a prefix query.
 */
export const MAX_EXPANSIONS = 24

/** Longest prefix (in UTF-8 bytes) FTS5 answers from its own prefix index. */
const PREFIX_INDEX_BYTES = 3

/** FTS5's `ascii` tokenizer: ASCII letters and digits and every non-ASCII character are token characters. */
const ASCII_SEPARATORS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/

/** The terms FTS5 makes of a column's text (as its `ascii` tokenizer splits and folds it). */
export function ftsTerms(column: string): string[] {
  return column
    .split(ASCII_SEPARATORS)
    .filter(Boolean)
    .map((term) => term.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()))
}

/** The prefix tokens of these terms that are worth expanding (longer than FTS5's prefix index). */
export function expandablePrefixes(terms: Term[]): string[] {
  return terms.flatMap((term) =>
    'phrase' in term || !term.prefix || Buffer.byteLength(term.token) <= PREFIX_INDEX_BYTES
      ? []
      : [term.token],
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
