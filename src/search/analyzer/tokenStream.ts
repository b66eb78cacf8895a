import type { TokenStreams } from '../types.js'
import { analyzeText } from './analyzeText.js'

/** One field's tokens, in text order (positions matter: CJK bigram chains are phrases). */
export function tokenStream(text: string, locale: string): string[] {
  return analyzeText(text, locale).tokens.map((t) => t.token)
}

/** A document-locale's token streams: the title, and every body field one after the other. */
export function analyzeDocument(
  fields: { body: string[]; title: string },
  locale: string,
): TokenStreams {
  return {
    title: tokenStream(fields.title, locale),
    body: fields.body.flatMap((text) => tokenStream(text, locale)),
  }
}
