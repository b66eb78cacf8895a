import { cjkDocumentTokens } from './cjk.js'
import { hangulPartStarts, stripParticle } from './hangul.js'
import { compoundPartStarts, umlautSpelling } from './latin.js'
import { normalizeWithOffsets, type NormalizedText } from './normalize.js'
import { splitRuns } from './runs.js'

/** Tokens are cut to this many UTF-16 units (a 5,000-letter "word" is not a word). */
export const MAX_TOKEN_LENGTH = 64

export interface TokenAt {
  /** True when `token` is `normalized.text.slice(start, end)`, so a prefix maps to the text. */
  direct: boolean
  /** [start, end) in the normalized text. */
  end: number
  start: number
  token: string
}

export interface AnalyzedText {
  normalized: NormalizedText
  tokens: TokenAt[]
}

export interface AnalyzeOptions {
  /** Index German compound parts (Städtepartnerschaft → …partnerschaft). Default: locale `de`. */
  compounds?: boolean
}

/** Every token of one field, in text order, with where it came from. */
export function analyzeText(
  source: string,
  locale: string,
  options: AnalyzeOptions = {},
): AnalyzedText {
  const normalized = normalizeWithOffsets(source)
  const text = normalized.text
  const compounds = options.compounds ?? baseLanguage(locale) === 'de'
  const tokens: TokenAt[] = []
  const push = (token: string, start: number, end: number, direct = true) => {
    if (!token) return
    if (token.length > MAX_TOKEN_LENGTH) token = cutToken(token)
    tokens.push({ token, start, end, direct })
  }
  for (const run of splitRuns(text)) {
    if (run.kind === 'cjk') {
      for (const t of cjkDocumentTokens(run.text)) {
        push(t.token, run.start + t.start, run.start + t.end)
      }
    } else if (run.kind === 'hangul') {
      push(run.text, run.start, run.end)
      const stem = stripParticle(run.text)
      if (stem) push(stem, run.start, run.start + stem.length)
      for (const at of hangulPartStarts(stem ?? run.text)) {
        push((stem ?? run.text).slice(at), run.start + at, run.start + (stem ?? run.text).length)
      }
    } else {
      const word = run.text.replace(/['\u2019]/g, '')
      const direct = word === run.text
      push(word, run.start, run.end, direct)
      // Mumbai's, l'Europe: also the parts, so the queries mumbai and europe find them
      if (!direct) {
        let at = run.start
        for (const part of run.text.split(/['\u2019]/)) {
          if (part.length >= 2) push(part, at, at + part.length)
          at += part.length + 1
        }
      }
      const original = source.slice(
        normalized.sourceStart[run.start],
        normalized.sourceEnd[run.end - 1],
      )
      const spelling = umlautSpelling(original)?.replace(/['\u2019]/g, '')
      if (spelling && spelling !== word) push(spelling, run.start, run.end, false)
      if (compounds && direct) {
        for (const at of compoundPartStarts(word)) push(word.slice(at), run.start + at, run.end)
      }
    }
  }
  return { normalized, tokens }
}

export function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? ''
}

function cutToken(token: string): string {
  let cut = token.slice(0, MAX_TOKEN_LENGTH)
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return cut
}
