import type { QueryPlan, QueryWord, Term } from '../types.js'
import { MAX_TOKEN_LENGTH } from './analyzeText.js'
import { bigramChain } from './cjk.js'
import { cjkQueryPieces } from './cjkQuery.js'
import { stripAdminSuffix, stripParticle } from './hangul.js'
import { umlautSpelling } from './latin.js'
import { dropLoneSurrogates, normalize } from './normalize.js'
import { splitRuns } from './runs.js'

/** Words beyond this are ignored (a pasted paragraph is not a query). */
export const MAX_QUERY_WORDS = 12
/** Only the start of an over-long query is read (the endpoint rejects > 200 characters anyway). */
export const MAX_QUERY_INPUT = 1000

/**
 * Turns what a user typed into a plan of words that must all match. Everything typed is text:
 * quotes, `*`, `-`, `OR`, `$where` never become syntax; punctuation separates words and is
 * dropped, `OR`/`AND`/`NOT` are the plain words or/and/not. Lone surrogates are dropped.
 */
export function parseQuery(q: string, locale = 'und'): QueryPlan {
  const input = dropLoneSurrogates(String(q ?? '').slice(0, MAX_QUERY_INPUT))
  const text = normalize(input)
  const words: QueryWord[] = []
  for (const run of splitRuns(text)) {
    if (run.kind === 'cjk') {
      for (const piece of cjkQueryPieces(run.text, locale)) {
        words.push({ text: piece.text, alternatives: cjkTerms(piece.text), ...optional(piece) })
      }
    } else if (run.kind === 'hangul') {
      words.push({ text: run.text, alternatives: hangulTerms(run.text) })
    } else {
      const word = cut(run.text.replace(/['\u2019]/g, ''))
      const alternatives: Term[] = [{ token: word, prefix: true }]
      // Mumbai's also finds Mumbai: the longest part between apostrophes, as a prefix
      const longest = cut(longestPart(run.text))
      if (longest !== word && longest.length >= 2)
        alternatives.push({ token: longest, prefix: true })
      const spelling = umlautSpelling(originalWord(input, run.text))
      if (spelling && spelling !== word) alternatives.push({ token: cut(spelling), prefix: true })
      words.push({ text: word, alternatives })
    }
  }
  return { words: dedupe(words).slice(0, MAX_QUERY_WORDS) }
}

function optional(piece: { optional: boolean }): { optional?: true } {
  return piece.optional ? { optional: true } : {}
}

/**
 * One or two characters: the bigram (or the last character's unigram) starting with it; three or
 * more: its bigram chain as a phrase.
 */
function cjkTerms(piece: string): Term[] {
  if ([...piece].length < 3) return [{ token: piece, prefix: true }]
  return [{ phrase: bigramChain(piece) }]
}

/**
 * Prefix on the stem (세종시와 → 세종시*: finds 세종시, 세종시는, 세종시민); a place name with its
 * administrative suffix also accepts the bare name as an exact token (세종시 → 세종, a word or stem).
 */
function hangulTerms(word: string): Term[] {
  const stem = cut(stripParticle(word) ?? word)
  const terms: Term[] = [{ token: stem, prefix: true }]
  const bare = stripAdminSuffix(stem)
  if (bare) terms.push({ token: bare })
  return terms
}

/**
 * The query word as typed, to tell whether it had umlauts (normalization folded them). The
 * normalized word is found again by normalizing each typed word; failing that there is no variant.
 */
function originalWord(input: string, normalizedWord: string): string {
  for (const typed of input.split(/[^\p{L}\p{M}\p{N}'\u2019]+/u)) {
    if (normalize(typed) === normalizedWord) return typed
  }
  return ''
}

function longestPart(word: string): string {
  return word
    .split(/['\u2019]/)
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '')
}

function cut(token: string): string {
  return token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token
}

function dedupe(words: QueryWord[]): QueryWord[] {
  const byKey = new Map<string, QueryWord>()
  for (const word of words) {
    const key = JSON.stringify(word.alternatives)
    const seen = byKey.get(key)
    if (!seen) byKey.set(key, word)
    else if (seen.optional && !word.optional) delete seen.optional
  }
  return [...byKey.values()]
}
