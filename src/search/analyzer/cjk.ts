import { cjkScript, type CjkScript } from './runs.js'

/**
 * Chinese and Japanese runs. Documents get the run's character-bigram chain (at consecutive
 * positions, so a query of three or more characters is matched as a phrase of bigrams) and a
 * unigram for the last character (every character then starts some token: a one-character query
 * is a prefix query). No dictionary words: any word's text is a phrase of the chain already, and
 * segmenting every document cost more than a third of the indexing time.
 */

export interface CjkChar {
  char: string
  /** Offset in the run's text. */
  at: number
  script: CjkScript
}

export function cjkChars(run: string): CjkChar[] {
  const chars: CjkChar[] = []
  let at = 0
  for (const char of run) {
    // combining marks (a kana dakuten NFKC could not compose) join the character before
    const script = cjkScript(char)
    const last = chars[chars.length - 1]
    if (!script && last) last.char += char
    else chars.push({ char, at, script: script ?? 'han' })
    at += char.length
  }
  return chars
}

/** A token of a run: its text and [start, end) offsets in the run. */
export interface RunToken {
  end: number
  start: number
  token: string
}

export function cjkDocumentTokens(run: string): RunToken[] {
  const chars = cjkChars(run)
  const tokens: RunToken[] = []
  const endOf = (i: number) => chars[i]!.at + chars[i]!.char.length
  for (let i = 0; i + 1 < chars.length; i++) {
    tokens.push({
      token: chars[i]!.char + chars[i + 1]!.char,
      start: chars[i]!.at,
      end: endOf(i + 1),
    })
  }
  const last = chars.length - 1
  if (last >= 0) tokens.push({ token: chars[last]!.char, start: chars[last]!.at, end: endOf(last) })
  return tokens
}

export interface ScriptPart {
  end: number
  script: CjkScript
  start: number
  text: string
}

/** The run cut where the script changes (大垣市|の|中学生|が|シュトゥットガルト|を|訪問). */
export function scriptParts(chars: CjkChar[]): Omit<ScriptPart, 'text'>[] {
  const parts: Omit<ScriptPart, 'text'>[] = []
  for (const c of chars) {
    const last = parts[parts.length - 1]
    const end = c.at + c.char.length
    if (last && last.script === c.script) last.end = end
    else parts.push({ script: c.script, start: c.at, end })
  }
  return parts
}

export function bigramChain(piece: string): string[] {
  const chars = cjkChars(piece).map((c) => c.char)
  const chain: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) chain.push(chars[i]! + chars[i + 1]!)
  return chain
}
