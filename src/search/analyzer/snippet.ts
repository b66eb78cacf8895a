import type { QueryPlan, Term } from '../types.js'
import { analyzeText, type TokenAt } from './analyzeText.js'
import { phraseAt } from './matchesPlan.js'
import { snippetCandidates } from './snippetCandidates.js'

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
  const hits = findHitsNearCandidates(collapsed, plan, options, maxLength)
  if (hits.length === 0) return null
  const [start, end] = bestWindow(collapsed, hits, maxLength)
  const inside = mergeSpans(hits.filter((h) => h.start >= start && h.end <= end))
  const prefix = start > 0 ? ELLIPSIS : ''
  const suffix = end < collapsed.length ? ELLIPSIS : ''
  const passage = prefix + collapsed.slice(start, end) + suffix
  const highlights = inside.map(
    ([s, e]) => [s - start + prefix.length, e - start + prefix.length] as [number, number],
  )
  return { text: passage, html: markUp(passage, highlights), highlights }
}

/**
 * Runs the analyzer only on passages around candidate positions (a long body is not analyzed
 * whole for every hit of a result page), until the hits found cover every required word.
 */
function findHitsNearCandidates(
  text: string,
  plan: QueryPlan,
  options: SnippetOptions,
  maxLength: number,
): Hit[] {
  const required = plan.words.filter((word) => !word.optional).length
  const hits: Hit[] = []
  const found = new Set<number>()
  let analyzedUntil = 0
  for (const candidate of snippetCandidates(text, plan)) {
    if (candidate < analyzedUntil) continue
    const start = Math.max(analyzedUntil, boundaryBefore(text, candidate - maxLength))
    const end = boundaryAfter(text, candidate + 2 * maxLength)
    for (const hit of findHits(text.slice(start, end), plan, options)) {
      hits.push({ ...hit, start: hit.start + start, end: hit.end + start })
      found.add(hit.word)
    }
    analyzedUntil = end
    if (found.size >= required) break
  }
  return hits
}

const SEPARATOR_RE = /[^\p{L}\p{M}\p{N}'\u2019]/u
/** Far enough to reach a space in any Latin or Korean text; CJK text may be cut anywhere. */
const SEPARATOR_SEARCH = 48

function boundaryBefore(text: string, at: number): number {
  for (let i = at; i > Math.max(0, at - SEPARATOR_SEARCH); i--) {
    if (SEPARATOR_RE.test(text[i - 1]!)) return i
  }
  return at <= SEPARATOR_SEARCH ? 0 : isLowSurrogate(text, at) ? at - 1 : at
}

function boundaryAfter(text: string, at: number): number {
  for (let i = at; i < Math.min(text.length, at + SEPARATOR_SEARCH); i++) {
    if (SEPARATOR_RE.test(text[i]!)) return i
  }
  const end = Math.min(text.length, at + SEPARATOR_SEARCH)
  return end >= text.length ? text.length : isLowSurrogate(text, end) ? end + 1 : end
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

/** The window holding the most distinct query words (two pointers over hits sorted by start). */
function bestWindow(text: string, hits: Hit[], maxLength: number): [number, number] {
  if (text.length <= maxLength) return [0, text.length]
  const lead = Math.min(40, Math.floor(maxLength / 4))
  const counts = new Map<number, number>()
  const count = (word: number, by: number) => {
    const n = (counts.get(word) ?? 0) + by
    if (n === 0) counts.delete(word)
    else counts.set(word, n)
  }
  let best = { score: 0, start: 0, first: hits[0]! }
  let left = 0
  let right = 0
  for (const hit of hits) {
    const start = Math.max(0, Math.min(hit.start - lead, text.length - maxLength))
    while (right < hits.length && hits[right]!.start < start + maxLength) {
      if (hits[right]!.end <= start + maxLength) count(hits[right]!.word, 1)
      right++
    }
    while (left < right && hits[left]!.start < start) {
      if (hits[left]!.end <= start + maxLength) count(hits[left]!.word, -1)
      left++
    }
    if (counts.size > best.score) best = { score: counts.size, start, first: hits[left] ?? hit }
  }
  const cutAt = cutStart(text, best.start, best.first.start)
  return [cutAt, cutEnd(text, cutAt + maxLength, best.first.end)]
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
