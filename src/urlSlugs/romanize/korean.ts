import { romanize as romanizeHangul } from 'es-hangul'

import { romanizeLatinSync } from './latin.js'
import { scriptRuns } from './scriptRuns.js'

const HANGUL = /[\p{Script=Hangul}]/u
const SYLLABLE_BASE = 0xac00
/** Final consonants ㄱ ㄷ ㅂ (and the finals that sound like them) by their jongseong index. */
const STOP_FINALS = new Set([1, 2, 3, 7, 17, 18, 24])
/** Syllables starting with ㅎ that are verb suffixes (잡히다, 막혀, 굳혔다): there aspiration is written. */
const VERB_SUFFIX_SYLLABLES = /^[히혀혔힌힐힙]$/

/**
 * Korean in the Revised Romanization with its sound-change rules (신라 → silla, 종로 → jongno), by
 * es-hangul; each space-separated word (eojeol) stays one word. One rule es-hangul does not know:
 * in nouns ㄱ, ㄷ, ㅂ before ㅎ are written apart, not aspirated (RR §3.4 note: 묵호 Mukho, 집현전
 * Jiphyeonjeon, 국회 gukhoe), which suits headlines, which are nouns; verb suffixes 히/혀 keep it.
 */
export async function romanize(text: string, locale = 'ko'): Promise<string> {
  const words: string[] = []
  for (const run of scriptRuns(text.normalize('NFKC'), HANGUL)) {
    const romanized = run.native
      ? nounParts(run.text)
          .map((part) => romanizeHangul(part))
          .join('')
      : romanizeLatinSync(run.text, locale)
    if (romanized) words.push(romanized.toLowerCase().replace(/[^a-z0-9]+/g, ''))
  }
  return words.filter(Boolean).join(' ')
}

/** Splits a Hangul word between a ㄱ/ㄷ/ㅂ final and a following ㅎ, so no aspiration is applied. */
function nounParts(word: string): string[] {
  const chars = [...word]
  const parts: string[] = []
  let start = 0
  for (let i = 0; i + 1 < chars.length; i++) {
    const code = chars[i]!.charCodeAt(0) - SYLLABLE_BASE
    const next = chars[i + 1]!.charCodeAt(0) - SYLLABLE_BASE
    if (code < 0 || code > 11171 || next < 0 || next > 11171) continue
    const final = code % 28
    const nextInitial = Math.floor(next / 588)
    if (
      STOP_FINALS.has(final) &&
      nextInitial === 18 &&
      !VERB_SUFFIX_SYLLABLES.test(chars[i + 1]!)
    ) {
      parts.push(chars.slice(start, i + 1).join(''))
      start = i + 1
    }
  }
  parts.push(chars.slice(start).join(''))
  return parts
}
