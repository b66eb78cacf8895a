import type { Term, TokenStreams } from '../types.js'

const termIn = (term: Term, stream: string[]) => {
  if ('phrase' in term) {
    const [head, ...rest] = term.phrase
    return stream.some(
      (token, i) => token === head && rest.every((next, k) => stream[i + 1 + k] === next),
    )
  }
  return term.prefix
    ? stream.some((token) => token.startsWith(term.token))
    : stream.includes(term.token)
}

/**
 * Whether every word (any of its alternatives) matches in these streams — a phrase at consecutive
 * positions of one field — or, with `titleOnly`, in the title alone. For backends whose index can
 * only narrow down candidates (MongoDB).
 */
export function termsMatch(streams: TokenStreams, words: Term[][], titleOnly = false): boolean {
  return words.every((alternatives) =>
    alternatives.some(
      (term) => termIn(term, streams.title) || (!titleOnly && termIn(term, streams.body)),
    ),
  )
}
