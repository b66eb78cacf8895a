import { cjkChars, scriptParts } from './cjk.js'
import { segmentWords } from './segmenter.js'

/**
 * Cuts a Chinese/Japanese query run into the words a user means: 斯图加特市 → 斯图加特 + 市,
 * 大垣市の中学生 → 大垣 + 市 + の + 中学生. Known suffixes (市), particles (の) and function characters (的)
 * next to a longer word become optional: 斯图加特市 also finds a text that says 斯图加特.
 */

export interface QueryPiece {
  /** Optional: may be missing from a hit. */
  optional: boolean
  text: string
}

/** Japanese particles (a Hiragana part equal to one of these is a function word). */
const PARTICLES = new Set(
  'の は を に が で と も へ や か ね よ から まで より など ので のに けど'.split(' '),
)
/** Chinese function characters: they end a chunk of unknown single characters (…团|在|斯图加特). */
const FUNCTION_CHARS = new Set([...'的与和在了是及对将为把被从向于也都就及或等'])
/** A place-name suffix split off a word of ≥ 3 characters: 斯图加特市 → 斯图加特 + (市). */
const PLACE_SUFFIXES = new Set([...'市县省州町村'])
/** Longer pieces are cut (a pasted sentence must not become one 200-bigram phrase). */
const MAX_PIECE = 16

/**
 * `word`: two or more characters; `minor`: a known suffix, particle or function character (optional
 * next to a word); `single`: any other lone character, which joins its neighbour (代表|团 → 代表团,
 * 水|まつり → 水まつり) rather than matching anywhere on its own.
 */
interface Draft {
  kind: 'minor' | 'single' | 'word'
  text: string
}

export function cjkQueryPieces(run: string, locale: string): QueryPiece[] {
  const chars = cjkChars(run)
  const drafts: Draft[] = []
  for (const part of scriptParts(chars)) {
    const text = run.slice(part.start, part.end)
    if (part.script === 'han') drafts.push(...hanDrafts(text, locale))
    else if (part.script === 'hiragana' && PARTICLES.has(text)) drafts.push({ text, kind: 'minor' })
    else drafts.push({ text, kind: length(text) === 1 ? 'single' : 'word' })
  }
  const pieces = attachSingles(drafts)
  const hasWord = pieces.some((piece) => piece.kind === 'word')
  return pieces.flatMap((piece) =>
    cut(piece.text).map((text) => ({ text, optional: hasWord && piece.kind === 'minor' })),
  )
}

function attachSingles(drafts: Draft[]): Draft[] {
  const pieces: Draft[] = []
  let pending = ''
  for (const draft of drafts) {
    const previous = pieces[pieces.length - 1]
    if (draft.kind === 'single' && previous?.kind === 'word') previous.text += draft.text
    else if (draft.kind === 'single') pending += draft.text
    else if (draft.kind === 'word') {
      pieces.push({ kind: 'word', text: pending + draft.text })
      pending = ''
    } else {
      if (pending) pieces.push({ kind: length(pending) > 1 ? 'word' : 'single', text: pending })
      pending = ''
      pieces.push(draft)
    }
  }
  if (pending) pieces.push({ kind: length(pending) > 1 ? 'word' : 'single', text: pending })
  return pieces
}

function hanDrafts(text: string, locale: string): Draft[] {
  // merge runs of single characters: the segmenter falls back to them for unknown names (斯|图|加|特)
  const chunks: string[] = []
  let singles = ''
  const flush = () => {
    if (singles) chunks.push(singles)
    singles = ''
  }
  for (const segment of segmentWords(text, locale)) {
    if (length(segment.text) > 1 || FUNCTION_CHARS.has(segment.text)) {
      flush()
      chunks.push(segment.text)
    } else singles += segment.text
  }
  flush()
  const drafts: Draft[] = []
  for (const chunk of chunks) {
    const chars = [...chunk]
    const last = chars[chars.length - 1]!
    if (chars.length >= 3 && PLACE_SUFFIXES.has(last)) {
      drafts.push(
        { text: chars.slice(0, -1).join(''), kind: 'word' },
        { text: last, kind: 'minor' },
      )
    } else if (chars.length > 1) drafts.push({ text: chunk, kind: 'word' })
    else {
      const minor = FUNCTION_CHARS.has(chunk) || PLACE_SUFFIXES.has(chunk)
      drafts.push({ text: chunk, kind: minor ? 'minor' : 'single' })
    }
  }
  return drafts
}

function length(text: string): number {
  return [...text].length
}

function cut(text: string): string[] {
  const chars = [...text]
  if (chars.length <= MAX_PIECE) return [text]
  const parts: string[] = []
  for (let i = 0; i < chars.length; i += MAX_PIECE)
    parts.push(chars.slice(i, i + MAX_PIECE).join(''))
  return parts
}
