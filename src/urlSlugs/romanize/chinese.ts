import { createRequire } from 'node:module'

import { pinyin } from 'pinyin-pro'

import { romanizeLatinSync } from './latin.js'
import { scriptRuns } from './scriptRuns.js'

type JiebaInstance = import('@node-rs/jieba').Jieba

const HAN = /\p{Script=Han}/u

/**
 * Partner-city names jieba's dictionary lacks (it splits 布伦瑞克 as 布伦|瑞克 and 大垣 as 大|垣).
 * Word, frequency, part of speech (`ns`: place name), one per line, as jieba reads them.
 */
const EXTRA_WORDS = [
  '布伦瑞克 2000 ns',
  '大垣 2000 ns',
  '世宗 2000 ns',
  '科隆 2000 ns',
  '岐阜 2000 ns',
]

/** Names split off the generic word they lead (南京|大学, 斯图加特|市): jieba's name tags (jieba
 * tags some city names as person names: 科隆 nr). */
const NAME_TAGS = new Set(['ns', 'nrt', 'nr'])
/** One-character prefixes Pinyin orthography writes together with the next word (副市长 fushizhang). */
const PREFIXES = new Set(['副', '总', '非', '反', '超', '准'])
/** Generic administrative words written apart from the place name (GB/T 16159: 专名和通名分写). */
const ADMIN_SUFFIXES = new Set(['市', '省', '县', '区', '州', '镇', '村'])

let jieba: Promise<JiebaInstance> | undefined

/**
 * The jieba segmenter with its 5 MB dictionary, loaded on first use and then kept. jieba (not
 * `Intl.Segmenter`, not pinyin-pro's `segment`) because it knows transliterated names as words:
 * ICU splits 斯图加特, 科隆, 布伦瑞克 into single characters, and pinyin-pro only groups its
 * polyphone words.
 */
export function loadChinese(): Promise<JiebaInstance> {
  jieba ??= (async () => {
    const require = createRequire(import.meta.url)
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array }
    const instance = Jieba.withDict(dict)
    instance.loadDict(Buffer.from(EXTRA_WORDS.join('\n') + '\n'))
    return instance
  })()
  return jieba
}

/**
 * Chinese as Hanyu Pinyin words without tones, joined as Pinyin orthography (GB/T 16159) joins
 * them: the syllables of one word together, words apart, names of four or more syllables split
 * into their words (银行行长 → yinhang hangzhang), place names apart from the generic word after
 * them (南京大学 → nanjing daxue, 重庆市 → chongqing shi). ü is written `yu` (lü → lyu, nü → nyu,
 * as Chinese passports write it) so that 女 and 努 stay apart; after j, q, x, y Pinyin already
 * writes it `u`. Latin words and digits in the title are kept.
 */
export async function romanize(text: string, locale = 'zh'): Promise<string> {
  const segmenter = await loadChinese()
  const words: string[] = []
  for (const run of scriptRuns(text.normalize('NFKC'), HAN)) {
    if (!run.native) {
      const latin = romanizeLatinSync(run.text, locale)
      if (latin) words.push(latin)
      continue
    }
    const syllables = pinyin(run.text, { toneType: 'none', type: 'array' }).map(plainSyllable)
    let at = 0
    for (const token of withPrefixes(segmenter.cut(run.text, false))) {
      for (const word of orthographicWords(segmenter, token)) {
        words.push(syllables.slice(at, at + word.length).join(''))
        at += word.length
      }
    }
  }
  return words.filter(Boolean).join(' ')
}

function plainSyllable(syllable: string): string {
  return syllable
    .replace(/^([ln])ü/, '$1yu')
    .replace(/ü/g, 'u')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}

/** A jieba token as the words Pinyin orthography writes apart (see `romanize`). */
function orthographicWords(segmenter: JiebaInstance, token: string): string[] {
  if (token.length < 3) return [token]
  const known = new Set(segmenter.cutAll(token).filter((word) => word.length >= 2))
  const name = [...known]
    .filter((word) => word.length < token.length && token.startsWith(word))
    .sort((a, b) => b.length - a.length)
    .find((word) => isName(segmenter, word))
  if (name) {
    const rest = token.slice(name.length)
    if (ADMIN_SUFFIXES.has(rest)) return [name, rest]
    if (rest.length >= 2) return [name, ...orthographicWords(segmenter, rest)]
  }
  if (token.length < 4) return [token]
  return fewestWords(token, known) ?? [token]
}

/** Joins a one-character prefix token to the word after it. */
function withPrefixes(tokens: string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1]
    if (PREFIXES.has(tokens[i]!) && next && HAN.test(next)) joined.push(tokens[i]! + tokens[++i]!)
    else joined.push(tokens[i]!)
  }
  return joined
}

function isName(segmenter: JiebaInstance, word: string): boolean {
  const tagged = segmenter.tag(word, false)
  return tagged.length === 1 && NAME_TAGS.has(tagged[0]!.tag)
}

/** The split of `token` into the fewest (at least two) dictionary words of two or more characters. */
function fewestWords(token: string, known: Set<string>): string[] | undefined {
  const best: (string[] | undefined)[] = [[]]
  for (let end = 1; end <= token.length; end++) {
    for (let start = 0; start < end - 1; start++) {
      const word = token.slice(start, end)
      const before = best[start]
      if (!before || !known.has(word) || word === token) continue
      if (!best[end] || best[end]!.length > before.length + 1) best[end] = [...before, word]
    }
  }
  return best[token.length]
}
