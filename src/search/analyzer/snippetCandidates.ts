import type { QueryPlan } from '../types.js'
import { normalizeWithOffsets } from './normalize.js'

/**
 * Cheap first pass of `snippet`: where in the text a required word could match, found by plain
 * substring search in the normalized text. Every real match is among these (tokens are substrings
 * of the normalized text, give or take apostrophes and ae/oe/ue spellings, which are tried both
 * ways), so the analyzer only has to run on the passages around them, not on the whole body.
 * Returns offsets in `text`, ascending.
 */
export function snippetCandidates(text: string, plan: QueryPlan): number[] {
  const normalized = normalizeWithOffsets(text)
  // without apostrophes, as tokens are (don't → dont), remembering where each unit came from
  let haystack = normalized.text
  let from = normalized.sourceStart
  if (/['\u2019]/.test(haystack)) {
    haystack = ''
    from = []
    for (let i = 0; i < normalized.text.length; i++) {
      const unit = normalized.text[i]!
      if (unit === "'" || unit === '\u2019') continue
      haystack += unit
      from.push(normalized.sourceStart[i]!)
    }
  }
  const needles = new Set<string>()
  for (const word of plan.words) {
    if (word.optional) continue
    for (const term of word.alternatives) {
      const plain = 'phrase' in term ? joinPhrase(term.phrase) : term.token
      if (!plain) continue
      needles.add(plain)
      // the query koeln must find Köln (normalized koln)
      needles.add(plain.replace(/([aou])e/g, '$1'))
    }
  }
  const starts = new Set<number>()
  for (const needle of needles) {
    if (!needle) continue
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      starts.add(from[at]!)
      if (starts.size > 10000) break
    }
  }
  return [...starts].sort((a, b) => a - b)
}

function joinPhrase(phrase: string[]): string {
  return phrase.map((bigram, i) => (i === 0 ? bigram : [...bigram].slice(1).join(''))).join('')
}
