import type { QueryPlan, QueryWord, Term, TokenStreams } from '../types.js'

/**
 * The reference semantics of a plan, in plain JavaScript: every non-optional word matches in the
 * title or the body; a word matches when any alternative does; a prefix term when some token
 * starts with it, an exact term when some token equals it; a phrase when its tokens stand at
 * consecutive positions of one field. `inTitle`: every non-optional word matches in the title.
 * Backends must agree with it (the MongoDB backend uses it to verify phrases).
 */
export function matchesPlan(
  streams: TokenStreams,
  plan: QueryPlan,
): { inTitle: boolean; matches: boolean } {
  const required = plan.words.filter((word) => !word.optional)
  if (required.length === 0) return { matches: false, inTitle: false }
  let inTitle = true
  for (const word of required) {
    const title = wordMatches(streams.title, word)
    if (!title) inTitle = false
    if (!title && !wordMatches(streams.body, word)) return { matches: false, inTitle: false }
  }
  return { matches: true, inTitle }
}

export function wordMatches(tokens: string[], word: QueryWord): boolean {
  return word.alternatives.some((term) => termMatches(tokens, term))
}

export function termMatches(tokens: string[], term: Term): boolean {
  if ('phrase' in term) return phraseAt(tokens, term.phrase) >= 0
  if (term.prefix) return tokens.some((token) => token.startsWith(term.token))
  return tokens.includes(term.token)
}

/** Position of the first occurrence of `phrase` in `tokens`, or -1. */
export function phraseAt(tokens: string[], phrase: string[], from = 0): number {
  if (phrase.length === 0) return -1
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer
    return i
  }
  return -1
}
