/**
 * Splits normalized text into runs the analyzer treats differently:
 * - `cjk`: Han, Hiragana and Katakana together (Chinese and Japanese have no spaces; a run ends at
 *   punctuation, a space or another script),
 * - `hangul`: a Korean word (Korean is written with spaces),
 * - `word`: letters and digits of any other script (Latin, Cyrillic, …); an apostrophe between
 *   letters stays inside (`don't`, `Stuttgart's`) and is dropped from the token later.
 * Anything else (spaces, punctuation, symbols, operators) only separates runs.
 */

export type RunKind = 'cjk' | 'hangul' | 'word'

export interface Run {
  kind: RunKind
  /** [start, end) in the normalized text. */
  start: number
  end: number
  text: string
}

/** The part of a CJK run in one Japanese script (for Katakana words and Hiragana particles). */
export type CjkScript = 'han' | 'hiragana' | 'katakana'

const HAN_RE = /[\p{Script=Han}]/u
const HIRAGANA_RE = /[\p{Script=Hiragana}]/u
// ー (prolonged sound mark) is in the Common script but belongs to the katakana word around it.
const KATAKANA_RE = /[\p{Script=Katakana}\u30FC]/u
const HANGUL_RE = /[\p{Script=Hangul}]/u
const WORD_RE = /[\p{L}\p{N}]/u
const MARK_RE = /\p{M}/u
const APOSTROPHE_RE = /['\u2019]/

export function cjkScript(char: string): CjkScript | null {
  // fast paths for the common blocks; the regular expressions decide the rest
  const code = char.charCodeAt(0)
  if (code < 0x2e80) return null
  if (code >= 0x4e00 && code <= 0x9fff) return 'han'
  if (code >= 0x3041 && code <= 0x3096) return 'hiragana'
  if (code >= 0x30a1 && code <= 0x30fa) return 'katakana'
  if (code >= 0xac00 && code <= 0xd7a3) return null
  if (HAN_RE.test(char)) return 'han'
  if (HIRAGANA_RE.test(char)) return 'hiragana'
  if (KATAKANA_RE.test(char)) return 'katakana'
  return null
}

export function kindOf(char: string): RunKind | null {
  const code = char.charCodeAt(0)
  if (code < 0x80) {
    const isWord =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a)
    return isWord ? 'word' : null
  }
  if (code >= 0xac00 && code <= 0xd7a3) return 'hangul'
  if (cjkScript(char)) return 'cjk'
  if (HANGUL_RE.test(char)) return 'hangul'
  if (WORD_RE.test(char)) return 'word'
  return null
}

export function splitRuns(text: string): Run[] {
  const runs: Run[] = []
  let kind: RunKind | null = null
  let start = 0
  let at = 0
  for (const char of text) {
    const charKind: RunKind | null = isMark(char) ? kind : kindOf(char)
    const inWord =
      charKind === kind ||
      (kind === 'word' && APOSTROPHE_RE.test(char) && nextKind(text, at + 1) === 'word')
    if (!inWord) {
      if (kind) runs.push({ kind, start, end: at, text: text.slice(start, at) })
      kind = charKind
      start = at
    }
    at += char.length
  }
  if (kind) runs.push({ kind, start, end: at, text: text.slice(start, at) })
  return runs
}

function nextKind(text: string, at: number): RunKind | null {
  const next = text.codePointAt(at)
  return next === undefined ? null : kindOf(String.fromCodePoint(next))
}

function isMark(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x300) return false
  const isCommonLetter =
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa)
  return !isCommonLetter && MARK_RE.test(char)
}
