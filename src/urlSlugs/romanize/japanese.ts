import { createRequire } from 'node:module'

import { toRomaji } from 'wanakana'

import { romanizeLatinSync } from './latin.js'

type Tokenizer = import('lindera-wasm-nodejs-ipadic').Tokenizer

/** One IPADIC morpheme as lindera returns it (camelCase fields; `reading` absent for unknown words). */
interface Morpheme {
  surface: string
  byteStart: number
  byteEnd: number
  partOfSpeech: string
  partOfSpeechSubcategory1?: string
  reading?: string
}

/**
 * Hepburn for katakana combinations wanakana gets wrong (トゥ → tou, ティ → tei, ファ → fua): the
 * loanword rows of the modified Hepburn table.
 */
const LOANWORD_KANA: Record<string, string> = {
  トゥ: 'tu',
  ドゥ: 'du',
  ティ: 'ti',
  ディ: 'di',
  テュ: 'tyu',
  デュ: 'dyu',
  ファ: 'fa',
  フィ: 'fi',
  フェ: 'fe',
  フォ: 'fo',
  フュ: 'fyu',
  ヴァ: 'va',
  ヴィ: 'vi',
  ヴェ: 've',
  ヴォ: 'vo',
  ヴ: 'vu',
  ウィ: 'wi',
  ウェ: 'we',
  ウォ: 'wo',
  シェ: 'she',
  ジェ: 'je',
  チェ: 'che',
  ツァ: 'tsa',
  ツィ: 'tsi',
  ツェ: 'tse',
  ツォ: 'tso',
  イェ: 'ye',
  クァ: 'kwa',
  グァ: 'gwa',
}
const KANA_MAPPING: Record<string, string> = Object.fromEntries(
  Object.entries(LOANWORD_KANA).flatMap(([kana, romaji]) => [
    [kana, romaji],
    [
      kana.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60)),
      romaji,
    ],
  ]),
)

/** Particles written as they sound (modified Hepburn): は wa, へ e, を o. */
const PARTICLES: Record<string, string> = { は: 'wa', へ: 'e', を: 'o' }

/**
 * Readings of place names IPADIC lacks or reads as ordinary words (重慶 → tachin, 世宗 → yo mune,
 * 珠海 → tama umi): each becomes one proper-noun morpheme of its own, the text around it analyzed
 * as usual.
 */
export const PLACE_READINGS: Record<string, string> = {
  世宗: 'セジョン',
  珠海: 'シュカイ',
  重慶: 'ジュウケイ',
}
/** Administrative suffixes joined to a place name, as IPADIC joins them (大垣市 → ogakishi). */
const PLACE_SUFFIXES: Record<string, string> = {
  区: 'ク',
  市: 'シ',
  州: 'シュウ',
  県: 'ケン',
  省: 'ショウ',
}
const PLACE_NAMES = new RegExp(
  `(${Object.keys(PLACE_READINGS).join('|')})([${Object.keys(PLACE_SUFFIXES).join('')}]?)`,
  'g',
)

const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u
const HAN = /\p{Script=Han}/u

let tokenizer: Promise<Tokenizer> | undefined

/** lindera with the IPADIC dictionary embedded in its 13 MB WebAssembly, loaded once on first use. */
export function loadJapanese(): Promise<Tokenizer> {
  tokenizer ??= (async () => {
    const require = createRequire(import.meta.url)
    const { TokenizerBuilder } =
      require('lindera-wasm-nodejs-ipadic') as typeof import('lindera-wasm-nodejs-ipadic')
    const builder = new TokenizerBuilder()
    builder.setDictionary('embedded://ipadic')
    builder.setMode('normal')
    return builder.build()
  })()
  return tokenizer
}

/**
 * Japanese in modified Hepburn without macrons, kanji read by the IPADIC dictionary (大垣 → ogaki,
 * 東京 → tokyo, シュトゥットガルト → shututtogaruto). Word joining follows Hepburn practice: each
 * independent word apart (姉妹都市 → shimai toshi), particles apart (は wa, へ e, を o), suffixes
 * and counters joined to their word (大垣市 → ogakishi, 訪問団 → homondan), inflections and
 * auxiliaries joined to their verb (しました → shimashita), ASCII digits a word of their own.
 */
export async function romanize(text: string, locale = 'ja'): Promise<string> {
  const analyzer = await loadJapanese()
  const words: string[] = []
  let glueNext = false
  let asciiEnd = -1
  for (const morpheme of morphemesOf(analyzer, text.normalize('NFKC'))) {
    if (morpheme.partOfSpeech === '記号' || !/[\p{L}\p{N}]/u.test(morpheme.surface)) {
      glueNext = false
      continue
    }
    const romaji = romanizeMorpheme(morpheme, locale)
    if (!romaji) continue
    const previous = words[words.length - 1]
    // lindera cuts ABC2026 into ABC | 2026: adjacent ASCII pieces are one word again.
    const ascii = /^[\x21-\x7e]+$/.test(morpheme.surface)
    const asciiJoin = ascii && morpheme.byteStart === asciiEnd
    asciiEnd = ascii ? morpheme.byteEnd : -1
    if (previous !== undefined && asciiJoin) {
      words[words.length - 1] = previous + romaji
      continue
    }
    const digits = /^\d/.test(romaji) || (previous !== undefined && /\d$/.test(previous))
    if (previous !== undefined && !digits && (glueNext || attachesToPrevious(morpheme))) {
      words[words.length - 1] = previous + romaji
    } else {
      words.push(romaji)
    }
    glueNext = morpheme.partOfSpeech === '接頭詞'
  }
  return words.join(' ')
}

/** The analyzer's morphemes, with the names of PLACE_READINGS as single morphemes of their own. */
function* morphemesOf(analyzer: Tokenizer, text: string): Generator<Morpheme> {
  let last = 0
  for (const match of text.matchAll(PLACE_NAMES)) {
    yield* analyzer.tokenize(text.slice(last, match.index)) as Morpheme[]
    yield {
      byteEnd: -1,
      byteStart: -1,
      partOfSpeech: '名詞',
      partOfSpeechSubcategory1: '固有名詞',
      reading: PLACE_READINGS[match[1]!]! + (match[2] ? PLACE_SUFFIXES[match[2]] : ''),
      surface: match[0],
    } as Morpheme
    last = match.index + match[0].length
  }
  yield* analyzer.tokenize(text.slice(last)) as Morpheme[]
}

function attachesToPrevious({ partOfSpeech, partOfSpeechSubcategory1: sub }: Morpheme): boolean {
  if (partOfSpeech === '助動詞') return true
  if (partOfSpeech === '名詞' && sub === '接尾') return true
  if (partOfSpeech === '動詞' && (sub === '接尾' || sub === '非自立')) return true
  if (partOfSpeech === '形容詞' && (sub === '接尾' || sub === '非自立')) return true
  return partOfSpeech === '助詞' && sub === '接続助詞'
}

function romanizeMorpheme(morpheme: Morpheme, locale: string): string {
  const { surface, partOfSpeech, reading } = morpheme
  if (partOfSpeech === '助詞' && PARTICLES[surface]) return PARTICLES[surface]!
  const kana = reading && reading !== '*' ? reading : KANA_ONLY.test(surface) ? surface : undefined
  if (!kana) return HAN.test(surface) ? '' : romanizeLatinSync(surface, locale).replace(/ /g, '')
  const inflected = partOfSpeech === '動詞' || partOfSpeech === '形容詞'
  return hepburn(kana, inflected)
}

/**
 * Kana to Hepburn without macrons: long vowels written once (オオ, オウ, ウウ, and ー in loanwords:
 * オオサカ → osaka, トウキョウ → tokyo, センター → senta); a verb's final う stays (思う omou).
 */
export function hepburn(kana: string, inflected = false): string {
  const keepFinalU = inflected && /[うウ]$/.test(kana)
  const body = keepFinalU ? kana.slice(0, -1) : kana
  const romaji = toRomaji(body.replace(/ー/g, ''), { customRomajiMapping: KANA_MAPPING })
    .toLowerCase()
    .replace(/o[ou]|uu/g, (long) => long[0]!)
    .replace(/[^a-z]/g, '')
  return keepFinalU ? romaji + 'u' : romaji
}
