import { describe, expect, it } from '@jest/globals'

import { resolveOptions } from '../../src/options.js'

describe('resolveOptions', () => {
  it('defaults to the five locales with German first and English as the bridge for Asian locales', () => {
    const options = resolveOptions()
    expect(options.locales).toEqual(['de', 'en', 'zh', 'ko', 'ja'])
    expect(options.defaultLocale).toBe('de')
    expect(options.fallbacks).toEqual({
      de: [],
      en: ['de'],
      ja: ['en', 'de'],
      ko: ['en', 'de'],
      zh: ['en', 'de'],
    })
    expect(options.collections).toEqual({
      events: true,
      news: true,
      partnerCities: true,
      photos: true,
    })
    expect(options.slugs).toEqual({
      apiClients: 'api-clients',
      events: 'events',
      news: 'news',
      partnerCities: 'partner-cities',
      photos: 'photos',
      publicationLog: 'publication-log',
      users: 'users',
      webhookDeliveries: 'webhook-deliveries',
    })
    expect(options.mediaDir).toBe('media')
  })

  it('takes a custom locale order, default and fallback chain', () => {
    const options = resolveOptions({
      defaultLocale: 'en',
      fallbacks: { zh: ['ja', 'en'] },
      locales: ['en', 'zh', 'ja'],
    })
    expect(options.defaultLocale).toBe('en')
    expect(options.fallbacks.zh).toEqual(['ja', 'en'])
    // The default chain for ja names de, which is not configured: it is dropped, not kept dangling.
    expect(options.fallbacks.ja).toEqual(['en'])
    expect(options.fallbacks.en).toEqual([])
  })

  it('romanizes slugs in every locale up to 80 characters unless told otherwise; search is on', () => {
    expect(resolveOptions().urlSlugs).toEqual({
      maxLength: 80,
      style: {
        de: 'romanized',
        en: 'romanized',
        ja: 'romanized',
        ko: 'romanized',
        zh: 'romanized',
      },
    })
    const custom = resolveOptions({
      search: false,
      urlSlugs: { maxLength: 60, style: { ja: 'native' } },
    })
    expect(custom.urlSlugs.style.ja).toBe('native')
    expect(custom.urlSlugs.style.zh).toBe('romanized')
    expect(custom.urlSlugs.maxLength).toBe(60)
    expect(custom.search).toBe(false)
    expect(resolveOptions().search).toEqual({})
  })

  it.each([
    [{ locales: [] }, /at least one locale/],
    [{ locales: ['de', 'de'] }, /twice/],
    [{ locales: ['Deutsch'] }, /not a valid language tag/],
    [{ defaultLocale: 'fr' }, /defaultLocale "fr" is not one of locales/],
    [{ fallbacks: { zh: ['fr'] } }, /fallbacks name "fr"/],
    [{ slugs: { news: 'News Items' } }, /must be kebab-case/],
    [{ slugs: { events: 'news' } }, /share one slug/],
    [{ urlSlugs: { maxLength: 8 } }, /urlSlugs.maxLength/],
    [{ urlSlugs: { style: { fr: 'native' as const } } }, /urlSlugs.style names "fr"/],
    [{ urlSlugs: { style: { zh: 'pinyin' as never } } }, /urlSlugs.style.zh must be/],
  ])('rejects %j with a message that says what to change', (input, message) => {
    expect(() => resolveOptions(input)).toThrow(message)
  })
})
