/**
 * Search normalization: NFKC (full-width Ａ → A, half-width ｶﾀｶﾅ → カタカナ, ① → 1), lower case,
 * Latin diacritics folded (Köln → koln, é → e, ß → ss). Marks on other scripts stay: kana
 * dakuten (が ≠ か), Hangul syllables, Cyrillic й, Devanagari vowel signs carry meaning there.
 *
 * `normalizeWithOffsets` normalizes cluster by cluster (a base character with its combining marks)
 * and remembers, for each UTF-16 unit of the result, which span of the input it came from, so that
 * snippets can highlight the original text (`Köln` for the query `koln`).
 */

/** Latin letters that NFD does not decompose but a reader treats as plain letters. */
const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}
const LATIN_SPECIAL_RE = /[ßæœøđðłþı]/g
const LATIN_WITH_MARKS_RE = /(\p{Script=Latin})[\u0300-\u036f]+/gu
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Drops lone surrogates (malformed UTF-16 from a query string or a broken paste). */
export function dropLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE_RE, '')
}

export function normalize(text: string): string {
  const compatible = dropLoneSurrogates(text).normalize('NFKC').toLowerCase()
  return compatible
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS_RE, '$1')
    .normalize('NFC')
    .replace(LATIN_SPECIAL_RE, (letter) => LATIN_SPECIAL[letter] ?? letter)
}

export interface NormalizedText {
  /** The normalized text. */
  text: string
  /** For each UTF-16 unit of `text`: where its source starts in the input. */
  sourceStart: number[]
  /** For each UTF-16 unit of `text`: where its source ends in the input. */
  sourceEnd: number[]
}

/**
 * A cluster: one code point and what composes with it under NFKC (combining marks, half-width
 * voiced sound marks ﾞ ﾟ, conjoining Hangul vowels and finals). Sticky: read at a position.
 */
const CLUSTER_AT_RE = /[^][\p{M}\uFF9E\uFF9F\u1160-\u11FF]*/uy
const ASCII_RUN_RE = /[\x00-\x7F]+/y
/** Below this, no code point composes with the one before it (the first combining mark). */
const FIRST_COMBINING = 0x300

export function normalizeWithOffsets(input: string): NormalizedText {
  const source = dropLoneSurrogates(input)
  // Offsets must point into `input`; dropping lone surrogates shifts them, so map back.
  const shift = source.length === input.length ? null : surrogateShift(input)
  let text = ''
  const sourceStart: number[] = []
  const sourceEnd: number[] = []
  for (let at = 0; at < source.length;) {
    // A run of ASCII characters nothing composes with (most of a Latin text): lower-cased as is.
    ASCII_RUN_RE.lastIndex = at
    let run = ASCII_RUN_RE.exec(source)?.[0].length ?? 0
    if (run && source.charCodeAt(at + run) >= FIRST_COMBINING) run -= 1
    if (run) {
      text += source.slice(at, at + run).toLowerCase()
      for (let i = at; i < at + run; i++) {
        const start = shift ? shift[i]! : i
        sourceStart.push(start)
        sourceEnd.push(start + 1)
      }
      at += run
      continue
    }
    CLUSTER_AT_RE.lastIndex = at
    const cluster = CLUSTER_AT_RE.exec(source)![0]
    const normalized = normalizeCluster(cluster)
    const start = shift ? shift[at]! : at
    const end = shift ? shift[at + cluster.length - 1]! + 1 : at + cluster.length
    text += normalized
    for (let i = 0; i < normalized.length; i++) {
      sourceStart.push(start)
      sourceEnd.push(end)
    }
    at += cluster.length
  }
  return { text, sourceStart, sourceEnd }
}

/** Texts repeat their characters (above all CJK): remember each cluster's normal form. */
const clusterCache = new Map<string, string>()
const CLUSTER_CACHE_SIZE = 20000

function normalizeCluster(cluster: string): string {
  let normalized = clusterCache.get(cluster)
  if (normalized === undefined) {
    if (clusterCache.size >= CLUSTER_CACHE_SIZE) clusterCache.clear()
    normalized = normalize(cluster)
    clusterCache.set(cluster, normalized)
  }
  return normalized
}

/** Index in `input` of each UTF-16 unit that survives `dropLoneSurrogates`. */
function surrogateShift(input: string): number[] {
  const kept: number[] = []
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i)
    const isHigh = unit >= 0xd800 && unit <= 0xdbff
    const isLow = unit >= 0xdc00 && unit <= 0xdfff
    if (isHigh) {
      const next = input.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        kept.push(i, i + 1)
        i++
      }
    } else if (!isLow) kept.push(i)
  }
  return kept
}
