/**
 * Word segmentation of CJK runs with the built-in `Intl.Segmenter` (ICU's dictionary). Runs are
 * clause-sized (punctuation ends them), but a long unpunctuated run is cut into chunks first:
 * Node 20's segmenter slows sharply on very long strings.
 */

const CHUNK = 200
const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (!segmenter) {
    let resolved = locale
    try {
      Intl.getCanonicalLocales(locale)
    } catch {
      resolved = 'und'
    }
    segmenter = new Intl.Segmenter(resolved, { granularity: 'word' })
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

export interface Segment {
  /** [start, end) in the segmented string. */
  start: number
  end: number
  text: string
}

/** The word-like segments of `text`, in order. */
export function segmentWords(text: string, locale: string): Segment[] {
  const segmenter = segmenterFor(locale)
  const words: Segment[] = []
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + CHUNK)
    // never cut a surrogate pair
    if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1]!)) to++
    for (const part of segmenter.segment(text.slice(from, to))) {
      if (part.isWordLike === false) continue
      const start = from + part.index
      words.push({ start, end: start + part.segment.length, text: part.segment })
    }
    from = to
  }
  return words
}
