import type { Term, TokenStreams } from '../../types.js'

/**
 * tsvector and tsquery literals built from the analyzer's tokens, never parsed by to_tsvector (which
 * would stem, drop stop words and split CJK its own way). A lexeme is single-quoted with `'` doubled
 * and `\` escaped, so no token can be read as an operator. Title tokens carry weight A, body tokens
 * the default D, so a title-only query asks for `:A`.
 */
export const quoteLexeme = (token: string) =>
  `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`

// PostgreSQL's limits: positions 1–16383 (higher ones count as 16383), 256 positions per lexeme,
// lexemes shorter than 2 KB.
const MAX_POSITION = 16383
const MAX_POSITIONS = 256
const MAX_LEXEME_BYTES = 2046

const usable = (token: string) => token.length > 0 && Buffer.byteLength(token) <= MAX_LEXEME_BYTES

/**
 * The tsvector of one entry: title positions from 1, body positions after a gap of one, so a phrase
 * never runs from the end of the title into the body.
 */
export function tsvectorLiteral({ body, title }: TokenStreams): string {
  const lexemes = new Map<string, string[]>()
  const add = (token: string, position: number, weight: string) => {
    if (!usable(token)) return
    let positions = lexemes.get(token)
    if (!positions) lexemes.set(token, (positions = []))
    if (positions.length < MAX_POSITIONS)
      positions.push(`${Math.min(position, MAX_POSITION)}${weight}`)
  }
  title.forEach((token, i) => add(token, i + 1, 'A'))
  body.forEach((token, i) => add(token, title.length + 2 + i, ''))
  return [...lexemes]
    .map(([token, positions]) => `${quoteLexeme(token)}:${positions.join(',')}`)
    .join(' ')
}

const termQuery = (term: Term, weight: '' | 'A') => {
  if ('phrase' in term)
    return `(${term.phrase.map((token) => `${quoteLexeme(token)}${weight ? `:${weight}` : ''}`).join(' <-> ')})`
  const flags = `${term.prefix ? '*' : ''}${weight}`
  return `${quoteLexeme(term.token)}${flags ? `:${flags}` : ''}`
}

/**
 * Every word (any of its alternatives), anywhere or in the title alone. Null when a word has no
 * alternative PostgreSQL can hold (then nothing can match).
 */
export function tsqueryLiteral(words: Term[][], where: 'anywhere' | 'title'): string | null {
  const weight = where === 'title' ? 'A' : ''
  const parts: string[] = []
  for (const alternatives of words) {
    const usableTerms = alternatives.filter((term) =>
      'phrase' in term ? term.phrase.every(usable) : usable(term.token),
    )
    if (!usableTerms.length) return null
    parts.push(`(${usableTerms.map((term) => termQuery(term, weight)).join(' | ')})`)
  }
  return parts.join(' & ')
}
