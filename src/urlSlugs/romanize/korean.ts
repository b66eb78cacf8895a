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
      ? nounParts(withLiaison(run.text))
          .map((part) => romanizeHangul(part))
          .join('')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '')
      : romanizeLatinSync(run.text, locale)
    if (romanized) words.push(romanized)
  }
  return words.filter(Boolean).join(' ')
}

/** Vowels (jungseong index) before which es-hangul inserts ㄴ: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ. */
const IOTIZED = new Set([2, 3, 6, 7, 12, 17, 20])
/** Final (jongseong index) → [final left behind, initial it becomes in the next syllable]. */
const LIAISON: Record<number, [number, number]> = {
  1: [0, 0],
  2: [0, 1],
  3: [1, 10],
  4: [0, 2],
  5: [4, 12],
  6: [0, 2],
  7: [0, 3],
  8: [0, 5],
  9: [8, 0],
  10: [8, 6],
  11: [8, 7],
  12: [8, 10],
  13: [8, 16],
  14: [8, 17],
  15: [0, 5],
  16: [0, 6],
  17: [0, 7],
  18: [17, 10],
  19: [0, 9],
  20: [0, 10],
  22: [0, 12],
  23: [0, 14],
  24: [0, 15],
  25: [0, 16],
  26: [0, 17],
  27: [0, 11],
}
const NG_FINAL = 21
const SILENT_INITIAL = 11

/**
 * es-hangul inserts ㄴ before every 이/야/여/요/유 after a final consonant (독일 → dongnil, 공연 →
 * gongnyeon, 금융 → geummyung, 협약 → hyeopbyak), a rule that holds only across the parts of some
 * compounds (색연필). Without morphology the plain liaison is right far more often (독일 dogil,
 * 공연 gongyeon), so it is applied here first: the final moves into the next syllable (독일 →
 * 도길), or, after ㅇ, the word is split there (공|연). ㄷ/ㅌ before 이 is left to es-hangul's
 * palatalization (같이 gachi).
 */
function withLiaison(word: string): string {
  const chars = [...word]
  for (let i = 0; i + 1 < chars.length; i++) {
    const code = chars[i]!.charCodeAt(0) - SYLLABLE_BASE
    const next = chars[i + 1]!.charCodeAt(0) - SYLLABLE_BASE
    if (code < 0 || code > 11171 || next < 0 || next > 11171) continue
    const final = code % 28
    const nextVowel = Math.floor((next % 588) / 28)
    if (final === 0 || Math.floor(next / 588) !== SILENT_INITIAL || !IOTIZED.has(nextVowel))
      continue
    if (final === NG_FINAL) {
      chars[i] += WORD_BREAK
      continue
    }
    if ([7, 13, 25].includes(final) && nextVowel === 20 && next % 28 === 0) continue
    const [left, moved] = LIAISON[final]!
    chars[i] = String.fromCharCode(SYLLABLE_BASE + code - final + left)
    chars[i + 1] = String.fromCharCode(SYLLABLE_BASE + moved * 588 + (next % 588))
  }
  return chars.join('')
}

/** Marks where a word is romanized in two parts (no sound change across it). */
const WORD_BREAK = '|'

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
  return parts.flatMap((part) => part.split(WORD_BREAK)).filter(Boolean)
}
