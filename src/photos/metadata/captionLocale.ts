/**
 * Which of the site's locales a caption is written in, as far as its script tells: Hangul → ko,
 * kana → ja, Han without kana → zh. Latin script cannot tell German from English: undefined.
 * CJK must make up a real share of the letters, so "Besuch aus Nanjing (南京)" stays Latin.
 */
export function localeOfScript(text: string, locales: readonly string[]): string | undefined {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0
  const hangul = count(/\p{Script=Hangul}/gu)
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)
  const han = count(/\p{Script=Han}/gu)
  const latin = count(/\p{Script=Latin}/gu)
  const cjk = hangul + kana + han
  if (cjk === 0 || cjk * 3 < latin) return undefined
  // Japanese mixes kanji with kana; a Korean caption may hold a few hanja, never kana.
  const language = kana > 0 && kana >= hangul ? 'ja' : hangul > 0 ? 'ko' : 'zh'
  return localeOfLanguageTag(language, locales)
}

/**
 * The site's locale for a language tag (`xml:lang`): the exact code, else the first locale of
 * the same language (`zh-CN` → `zh`, `de` → `de-AT`). `x-default` and unknown tags: undefined.
 */
export function localeOfLanguageTag(tag: string, locales: readonly string[]): string | undefined {
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-')
  if (!wanted || wanted === 'x-default') return undefined
  const exact = locales.find((code) => code.toLowerCase() === wanted)
  if (exact) return exact
  const language = wanted.split('-')[0]
  return locales.find((code) => code.toLowerCase().split('-')[0] === language)
}
