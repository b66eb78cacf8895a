import { snippet } from './analyzer/index.js'
import { FILLED_FIELDS, type QueryPlan, type SearchHit, TITLE_FILLED } from './types.js'

/** The fields another language filled in (`FILLED_FIELDS`), and whether the title was one. */
function filledOf(hit: SearchHit): { fields: Set<string>; title: boolean } {
  const listed = hit.text[FILLED_FIELDS]
  const fields = new Set(listed ? listed.split(',') : [])
  return { fields, title: fields.has(TITLE_FILLED) }
}

/** A hit's text as every reader gets it: the fields, without the index's bookkeeping. */
export function readableHit(hit: SearchHit): SearchHit {
  if (!(FILLED_FIELDS in hit.text)) return hit
  const { [FILLED_FIELDS]: _filled, ...text } = hit.text
  return { ...hit, text }
}

/**
 * A hit as a reader held to its own languages (an API client) may have it: REST never fills an empty
 * field of its language from another, so neither does search. Fields another language filled in
 * are left out of the text (and the snippet); the hit is left out when its title was filled, or
 * when a word the search required is not in its own text (it was found by another language's).
 */
export function ownLanguageHit(hit: SearchHit, plan: QueryPlan): SearchHit | undefined {
  const filled = filledOf(hit)
  if (!filled.fields.size) return hit
  if (filled.title) return undefined
  const text = Object.fromEntries(
    Object.entries(hit.text).filter(([path]) => path !== FILLED_FIELDS && !filled.fields.has(path)),
  )
  // Every word the search required, each somewhere in the text left (the index matched them all).
  const own = Object.values(text)
  const required = plan.words.filter((word) => !word.optional)
  const found = (word: QueryPlan['words'][number]) =>
    own.some((value) => snippet(value, { words: [word] }))
  if (!required.length || !required.every(found)) return undefined
  return { ...hit, text }
}
