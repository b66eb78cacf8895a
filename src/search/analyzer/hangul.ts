/**
 * Korean words are space-separated, but particles (josa) are written onto the noun: 세종시와,
 * 슈투트가르트에서. The analyzer indexes the word and its stem; queries are prefix queries on the stem.
 */

/** Particles, longest first so that 에서의 wins over 의. */
const PARTICLES = [
  '에서부터',
  '으로부터',
  '에게서',
  '에서의',
  '에서는',
  '에서도',
  '으로서',
  '으로써',
  '으로는',
  '으로도',
  '으로의',
  '이라는',
  '에게는',
  '까지의',
  '부터의',
  '로부터',
  '와의',
  '과의',
  '에서',
  '에게',
  '에는',
  '에도',
  '에의',
  '으로',
  '로서',
  '로써',
  '로는',
  '로도',
  '로의',
  '까지',
  '부터',
  '처럼',
  '보다',
  '마다',
  '한테',
  '께서',
  '이나',
  '라는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '로',
  '도',
  '만',
]

/**
 * A stem must keep at least two syllables: one-syllable stems would turn ordinary words into
 * particles (나이 "age" is not 나 + 이, 마을 "village" is not 마 + 을).
 */
const MIN_STEM = 2

/** The word without its trailing particle, or null when it has none (or the stem would be too short). */
export function stripParticle(word: string): string | null {
  const length = [...word].length
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && length - [...particle].length >= MIN_STEM) {
      return word.slice(0, word.length - particle.length)
    }
  }
  return null
}

/**
 * Administrative suffixes: 세종시 (Sejong City) is also written 세종. A query 세종시 therefore also
 * accepts the exact token 세종 (a word or a stem, not 세종대왕): recall for the short name without
 * opening the query to every word that starts with 세종.
 */
const ADMIN_SUFFIXES = ['시', '도', '군', '구']

export function stripAdminSuffix(stem: string): string | null {
  const length = [...stem].length
  for (const suffix of ADMIN_SUFFIXES) {
    if (stem.endsWith(suffix) && length - 1 >= MIN_STEM) return stem.slice(0, -suffix.length)
  }
  return null
}

/** Longest stem whose compound parts are indexed (자매도시 → 도시 for the query 도시). */
export const MAX_HANGUL_COMPOUND = 12

/** Start offsets of the parts of a Korean compound stem: suffixes of ≥ 2 syllables, from the 2nd on. */
export function hangulPartStarts(stem: string): number[] {
  const syllables = [...stem]
  // verb forms (강화한다, 방문했다) are not compounds: their "parts" would be endings such as 한다
  if (stem.endsWith('다')) return []
  if (syllables.length < 3 || syllables.length > MAX_HANGUL_COMPOUND) return []
  const starts: number[] = []
  let offset = 0
  syllables.forEach((syllable, i) => {
    if (i >= 1 && syllables.length - i >= MIN_STEM) starts.push(offset)
    offset += syllable.length
  })
  return starts
}
