import { normalize } from './normalize.js'

/** Longest word for which compound parts are indexed; longer "words" are codes, URLs, hashes. */
export const MAX_COMPOUND_LENGTH = 40
/** A compound part is at least this long… */
export const MIN_PART_LENGTH = 4
/** …and starts at least this far into the word (Städte|partnerschaft, Stadt|rat is too short). */
export const MIN_PART_START = 3

const HAS_UMLAUT_RE = /[äöüÄÖÜ]/
const UMLAUTS_RE = /[äöüÄÖÜ]/g
const UMLAUT_SPELLING: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
}

/**
 * The German `ae/oe/ue` spelling of a word with umlauts (`Köln` → `koeln`), or null without umlauts.
 * Takes the word as written (before folding, which would turn ö into o).
 */
export function umlautSpelling(original: string): string | null {
  const composed = original.normalize('NFKC')
  if (!HAS_UMLAUT_RE.test(composed)) return null
  return normalize(composed.replace(UMLAUTS_RE, (umlaut) => UMLAUT_SPELLING[umlaut] ?? umlaut))
}

/**
 * Start offsets (UTF-16, in `word`) of the compound parts indexed for a German word: every suffix of
 * at least MIN_PART_LENGTH letters from MIN_PART_START on, so that the prefix query `partnerschaft*`
 * finds `städtepartnerschaft` (and `partner*` finds it too). Without a dictionary we cannot tell
 * the real joints, so every suffix is a candidate; the count stays bounded by MAX_COMPOUND_LENGTH.
 */
export function compoundPartStarts(word: string): number[] {
  const letters = [...word]
  if (letters.length > MAX_COMPOUND_LENGTH) return []
  if (letters.length < MIN_PART_START + MIN_PART_LENGTH) return []
  if (!/^\p{L}+$/u.test(word)) return []
  const starts: number[] = []
  let offset = 0
  letters.forEach((letter, i) => {
    if (i >= MIN_PART_START && letters.length - i >= MIN_PART_LENGTH) starts.push(offset)
    offset += letter.length
  })
  return starts
}
