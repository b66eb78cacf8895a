import type { QueryPlan, QueryWord, Term } from '../types.js'

/**
 * The words of a plan a hit must match, each with only the alternatives a backend can look up
 * (empty tokens and phrases dropped). Optional words never decide a match, so backends ignore them.
 * A required word left without alternatives can match nothing: then the result is null (no hits).
 */
export function requiredWords(plan: QueryPlan): Term[][] | null {
  const words = plan.words.filter((word: QueryWord) => !word.optional)
  if (!words.length) return null
  const result: Term[][] = []
  for (const word of words) {
    const alternatives = word.alternatives.flatMap((term): Term[] => {
      if ('phrase' in term) {
        const phrase = term.phrase.filter((token) => token.length > 0)
        if (!phrase.length) return []
        return phrase.length === 1 ? [{ token: phrase[0]! }] : [{ phrase }]
      }
      return term.token ? [term] : []
    })
    if (!alternatives.length) return null
    result.push(alternatives)
  }
  return result
}
