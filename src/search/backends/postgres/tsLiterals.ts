import type { Term, TokenStreams } from '../../types.js'

/**
 * tsvector and tsquery literals built from the analyzer's tokens, never parsed by to_tsvector (which
 * would stem, drop stop words and split CJK its own way). A lexeme is single-quoted with `'` doubled
 * and `\` escaped, so no token can be read as an operator.
 *
 * A title token is stored twice: as itself (a match anywhere) and marked with `#` (a match in the
 * title). Weights (`:A`) would say the same, but make PostgreSQL recheck every hit on its heap row:
 * with distinct lexemes, counting a common word's hits is the GIN index's work alone. The entry's
 * locale and collection are lexemes too (`@l:de`, `@c:news`), so filters are part of the query.
 * Analyzer tokens hold only letters and digits, so `#` and `@` never clash with them.
 */
export const quoteLexeme = (token: string) =>
  `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`

const inTitle = (token: string) => `#${token}`
export const scopeLexeme = (kind: 'c' | 'l', value: string) => `@${kind}:${value}`

// PostgreSQL's limits: positions 1–16383 (higher ones count as 16383), 256 positions per lexeme,
// lexemes shorter than 2 KB.
const MAX_POSITION = 16383
const MAX_POSITIONS = 256
const MAX_LEXEME_BYTES = 2046

const usable = (token: string) =>
  token.length > 0 && Buffer.byteLength(token) <= MAX_LEXEME_BYTES - 1

/**
 * The tsvector of one entry: title positions from 1, body positions after a gap of one, so a phrase
 * never runs from the end of the title into the body.
 */
export function tsvectorLiteral(
  { body, title }: TokenStreams,
  scope: { collection: string; locale: string },
): string {
  const lexemes = new Map<string, number[]>()
  const add = (token: string, position: number) => {
    if (!usable(token)) return
    let positions = lexemes.get(token)
    if (!positions) lexemes.set(token, (positions = []))
    if (positions.length < MAX_POSITIONS) positions.push(Math.min(position, MAX_POSITION))
  }
  title.forEach((token, i) => {
    add(token, i + 1)
    add(inTitle(token), i + 1)
  })
  body.forEach((token, i) => add(token, title.length + 2 + i))
  return [
    ...[...lexemes].map(([token, positions]) => `${quoteLexeme(token)}:${positions.join(',')}`),
    quoteLexeme(scopeLexeme('l', scope.locale)),
    quoteLexeme(scopeLexeme('c', scope.collection)),
  ].join(' ')
}

/**
 * A phrase (a CJK word's chain of character pairs) asks for all of its pairs, not for them in a row:
 * `<->` would make PostgreSQL fetch and recheck the tsvector of every candidate row (a word in every
 * release: 100+ ms), while pairs joined by `&` are answered by the GIN index alone. Overlapping
 * pairs of one word occurring apart in a text is rare; SQLite and MongoDB keep the exact order.
 */
const termQuery = (term: Term, where: 'anywhere' | 'title') => {
  const lexeme = (token: string) => quoteLexeme(where === 'title' ? inTitle(token) : token)
  if ('phrase' in term) return `(${[...new Set(term.phrase)].map(lexeme).join(' & ')})`
  return `${lexeme(term.token)}${term.prefix ? ':*' : ''}`
}

/**
 * Every word (any of its alternatives), anywhere or in the title alone. Null when a word has no
 * alternative PostgreSQL can hold (then nothing can match).
 */
export function tsqueryLiteral(words: Term[][], where: 'anywhere' | 'title'): string | null {
  const parts: string[] = []
  for (const alternatives of words) {
    const usableTerms = alternatives.filter((term) =>
      'phrase' in term ? term.phrase.every(usable) : usable(term.token),
    )
    if (!usableTerms.length) return null
    parts.push(`(${usableTerms.map((term) => termQuery(term, where)).join(' | ')})`)
  }
  return parts.join(' & ')
}

/** Entries in one of these collections and locales (either filter left out when absent). */
export function scopeQuery(
  collections: string[] | undefined,
  locales: string[] | undefined,
): string | undefined {
  const any = (kind: 'c' | 'l', values: string[]) =>
    `(${values.map((value) => quoteLexeme(scopeLexeme(kind, value))).join(' | ')})`
  const filters = [
    ...(collections ? [any('c', collections)] : []),
    ...(locales ? [any('l', locales)] : []),
  ]
  return filters.length ? filters.join(' & ') : undefined
}
