import type { QueryPlan, Term } from '../types.js'
import { analyzeText, type TokenAt } from './analyzeText.js'
import { phraseAt } from './matchesPlan.js'

export interface Snippet {
  /** `text` HTML-escaped, matches wrapped in `<mark>…</mark>`. */
  html: string
  /** [start, end) of each match in `text`, in order, not overlapping. */
  highlights: [number, number][]
  /** The passage of the original text (whitespace collapsed), with `…` where it was cut. */
  text: string
}

export interface SnippetOptions {
  /** Index compound parts to highlight `partnerschaft` inside `Städtepartnerschaft` (default: yes). */
  compounds?: boolean
  /** Segmenter locale (default `und`). */
  locale?: string
  /** Length of the passage, about (default 160). */
  maxLength?: number
}

/** Span in the (collapsed) text, and which query word it matches. */
interface Hit {
  end: number
  start: number
  word: number
}

const ELLIPSIS = '…'
/** How far a cut may move to reach a space instead of cutting a word. */
const BOUNDARY_SLACK = 16

/**
 * The best passage of `text` for the plan: the window of about `maxLength` characters holding the
 * most distinct query words (first such), cut at spaces (or between CJK characters), every match
 * of a required word highlighted. Matching goes through the same analyzer as the index, so
 * `Köln` is highlighted for `koln`, `Ａ` for `a`, 斯图加特 for 斯图加特市. Null when nothing matches.
 */
export function snippet(
  text: string,
  plan: QueryPlan,
  options: SnippetOptions = {},
): Snippet | null {
  const maxLength = Math.max(20, options.maxLength ?? 160)
  const collapsed = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  const hits = findHits(collapsed, plan, options)
  if (hits.length === 0) return null
  let [start, end] = bestWindow(collapsed, hits, maxLength)
  const inside = mergeSpans(hits.filter((h) => h.start >= start && h.end <= end))
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < collapsed.length ? ELLIPSIS : ''
  const passage = prefix + collapsed.slice(start, end) + suffix
  const highlights = inside.map(
    ([s, e]) => [s - start + prefix.length, e - start + prefix.length] as [number, number],
  )
  return { text: passage, html: markUp(passage, highlights), highlights }
}

function findHits(text: string, plan: QueryPlan, options: SnippetOptions): Hit[] {
  const analyzed = analyzeText(text, options.locale ?? 'und', {
    compounds: options.compounds ?? true,
  })
  const { sourceStart, sourceEnd } = analyzed.normalized
  const tokens = analyzed.tokens
  const stream = tokens.map((t) => t.token)
  const hits: Hit[] = []
  const add = (normStart: number, normEnd: number, word: number) => {
    if (normEnd <= normStart) return
    hits.push({ start: sourceStart[normStart]!, end: sourceEnd[normEnd - 1]!, word })
  }
  plan.words.forEach((word, index) => {
    if (word.optional) return
    for (const term of word.alternatives) {
      for (const [s, e] of termSpans(tokens, stream, term)) add(s, e, index)
    }
  })
  return hits.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Where a term matches, as [start, end) in the normalized text. */
function termSpans(tokens: TokenAt[], stream: string[], term: Term): [number, number][] {
  const spans: [number, number][] = []
  if ('phrase' in term) {
    for (
      let at = phraseAt(stream, term.phrase);
      at >= 0;
      at = phraseAt(stream, term.phrase, at + 1)
    ) {
      spans.push([tokens[at]!.start, tokens[at + term.phrase.length - 1]!.end])
    }
    return spans
  }
  for (const t of tokens) {
    const matches = term.prefix ? t.token.startsWith(term.token) : t.token === term.token
    if (!matches) continue
    // a direct token maps letter by letter: highlight just the typed prefix (Stutt|gart, 市|与)
    spans.push([t.start, t.direct ? t.start + term.token.length : t.end])
  }
  return spans
}

function bestWindow(text: string, hits: Hit[], maxLength: number): [number, number] {
  if (text.length <= maxLength) return [0, text.length]
  const lead = Math.min(40, Math.floor(maxLength / 4))
  let best: { score: number; start: number } | null = null
  for (const hit of hits) {
    const start = Math.max(0, Math.min(hit.start - lead, text.length - maxLength))
    const words = new Set(
      hits.filter((h) => h.start >= start && h.end <= start + maxLength).map((h) => h.word),
    )
    if (!best || words.size > best.score) best = { score: words.size, start }
  }
  const first = hits.find((h) => h.start >= best!.start)!
  const start = cutStart(text, best!.start, first.start)
  const end = cutEnd(text, start + maxLength, first.end)
  return [start, end]
}

/** Moves a cut forward to just after a space (not past `limit`), and never into a surrogate pair. */
function cutStart(text: string, at: number, limit: number): number {
  if (at <= 0) return 0
  for (let i = at; i < Math.min(limit, at + BOUNDARY_SLACK); i++) {
    if (text[i - 1] === ' ') return i
  }
  return isLowSurrogate(text, at) ? at - 1 : at
}

/** Moves a cut back to a space (not before `limit`), and never into a surrogate pair. */
function cutEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length
  for (let i = at; i > Math.max(limit, at - BOUNDARY_SLACK); i--) {
    if (text[i] === ' ') return i
  }
  const end = Math.max(at, limit)
  return isLowSurrogate(text, end) ? end + 1 : end
}

function isLowSurrogate(text: string, at: number): boolean {
  const unit = text.charCodeAt(at)
  return unit >= 0xdc00 && unit <= 0xdfff
}

function mergeSpans(hits: Hit[]): [number, number][] {
  const spans: [number, number][] = []
  for (const hit of hits) {
    const last = spans[spans.length - 1]
    if (last && hit.start <= last[1]) last[1] = Math.max(last[1], hit.end)
    else spans.push([hit.start, hit.end])
  }
  return spans
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

function markUp(text: string, highlights: [number, number][]): string {
  let html = ''
  let at = 0
  for (const [start, end] of highlights) {
    html +=
      escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>'
    at = end
  }
  return html + escapeHtml(text.slice(at))
}
