import { describe, expect, it } from '@jest/globals'

import { toSlug } from '../../src/urlSlugs/toSlug.js'

describe('toSlug', () => {
  it('transliterates German', () => {
    expect(toSlug('Städtepartnerschaft Köln–Chongqing', 'de')).toBe(
      'staedtepartnerschaft-koeln-chongqing',
    )
  })
  it('keeps CJK and Hangul letters instead of dropping them', () => {
    expect(toSlug('斯图加特与南京签署意向书', 'zh')).toBe('斯图加特与南京签署意向书')
    expect(toSlug('슈투트가르트, 세종과 협력', 'ko')).toBe('슈투트가르트-세종과-협력')
    expect(toSlug('大垣市との交流 2026', 'ja')).toBe('大垣市との交流-2026')
  })
  it('never returns leading or trailing hyphens', () => {
    expect(toSlug('  — Nanjing! —  ', 'en')).toBe('nanjing')
    expect(toSlug('「南京」', 'ja')).toBe('南京')
  })
})
