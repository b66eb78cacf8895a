import { describe, expect, it } from '@jest/globals'

import { makeSlug, preloadRomanizers } from '../../src/urlSlugs/makeSlug.js'

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('makeSlug', () => {
  it('joins romanized words with hyphens, per locale', async () => {
    expect(await makeSlug('Städtepartnerschaft Köln–Chongqing', 'de')).toBe(
      'staedtepartnerschaft-koeln-chongqing',
    )
    expect(await makeSlug('Straße der Partnerschaft', 'de')).toBe('strasse-der-partnerschaft')
    expect(await makeSlug('南京代表团访问斯图加特', 'zh')).toBe(
      'nanjing-daibiaotuan-fangwen-situjiate',
    )
    expect(await makeSlug('세종시 대표단, 슈투트가르트 방문', 'ko')).toBe(
      'sejongsi-daepyodan-syututeugareuteu-bangmun',
    )
    expect(await makeSlug('大垣市の姉妹都市シュトゥットガルト', 'ja')).toBe(
      'ogakishi-no-shimai-toshi-shututtogaruto',
    )
  })

  it('keeps Latin words and digits inside CJK titles', async () => {
    expect(await makeSlug('2026年大垣青少年访问', 'zh')).toBe(
      '2026-nian-dayuan-qingshaonian-fangwen',
    )
    expect(await makeSlug('2026年大垣青少年訪問団', 'ja')).toBe('2026-nen-ogaki-seishonen-homondan')
    expect(await makeSlug('K-POP 2026 세종 축제', 'ko')).toBe('k-pop-2026-sejong-chukje')
  })

  it('folds full-width letters and half-width katakana', async () => {
    for (const locale of ['de', 'en', 'zh', 'ko', 'ja']) {
      expect(await makeSlug('ＡＢＣ２０２６', locale)).toBe('abc2026')
    }
    expect(await makeSlug('ｼｭﾄｩｯﾄｶﾞﾙﾄ', 'ja')).toBe('shututtogaruto')
    expect(await makeSlug('ｼｭﾄｩｯﾄｶﾞﾙﾄ', 'ja', { style: 'native' })).toBe('シュトゥットガルト')
  })

  it("returns '' for emoji- or punctuation-only titles", async () => {
    for (const locale of ['de', 'en', 'zh', 'ko', 'ja']) {
      expect(await makeSlug('🎉🤝🏯', locale)).toBe('')
      expect(await makeSlug('！？…—「」、。', locale)).toBe('')
      expect(await makeSlug('   ', locale)).toBe('')
      expect(await makeSlug('🎉🤝', locale, { style: 'native' })).toBe('')
    }
  })

  it('cuts at a word boundary within maxLength, default 80', async () => {
    const title =
      'Stuttgart und Nanjing feiern vierzig Jahre Städtepartnerschaft mit Jugendaustausch, Tischtennis und Judo'
    const slug = await makeSlug(title, 'de')
    expect(slug).toBe('stuttgart-und-nanjing-feiern-vierzig-jahre-staedtepartnerschaft-mit')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(await makeSlug(title, 'de', { maxLength: 30 })).toBe('stuttgart-und-nanjing-feiern')
    expect(await makeSlug('南京代表团访问斯图加特', 'zh', { maxLength: 27 })).toBe(
      'nanjing-daibiaotuan-fangwen',
    )
  })

  it('cuts a single word longer than maxLength hard', async () => {
    expect(await makeSlug('Donaudampfschifffahrtsgesellschaft', 'de', { maxLength: 16 })).toBe(
      'donaudampfschiff',
    )
  })

  it('native style: own script, NFKC, lower-cased, non-letters as one hyphen', async () => {
    expect(
      await makeSlug('乒乓球、柔道与友谊：大垣青少年访问斯图加特', 'zh', { style: 'native' }),
    ).toBe('乒乓球-柔道与友谊-大垣青少年访问斯图加特')
    expect(await makeSlug('Städte — Köln & ＡＢＣ', 'de', { style: 'native' })).toBe(
      'städte-köln-abc',
    )
    expect(await makeSlug('세종시 대표단, 방문!', 'ko', { style: 'native' })).toBe(
      '세종시-대표단-방문',
    )
    expect(
      await makeSlug('南京代表团访问斯图加特 2026', 'zh', { style: 'native', maxLength: 8 }),
    ).toBe('南京代表团访问斯')
  })

  it('gives only [a-z0-9-] for romanized slugs, deterministically', async () => {
    const titles: [string, string][] = [
      ['斯图加特与南京结为友好城市四十周年', 'zh'],
      ['국립중앙박물관, 린덴박물관과 협약', 'ko'],
      ['第35回日独卓球交流大会を開催しました', 'ja'],
      ['Table Tennis & Judo: Ogaki Youth visit Stuttgart', 'en'],
      ['Ærø, Øresund, Œuvre — «Zürich»', 'de'],
    ]
    for (const [title, locale] of titles) {
      const slug = await makeSlug(title, locale)
      expect(slug).toMatch(SLUG)
      expect(await makeSlug(title, locale)).toBe(slug)
    }
  })

  it('preloads the dictionaries once', async () => {
    await preloadRomanizers(['zh', 'ja'])
    const started = performance.now()
    await preloadRomanizers()
    expect(performance.now() - started).toBeLessThan(50)
  })
})
