import { describe, expect, it, jest } from '@jest/globals'
import type { CollectionConfig, Config, Payload } from 'payload'

import { twinning } from '../../src/index.js'

const host = (extra: Partial<Config> = {}): Config =>
  ({ collections: [], secret: 'x', ...extra }) as Config
const slugsOf = (config: Config) => (config.collections ?? []).map((c) => c.slug)
const fieldNames = (collection: CollectionConfig | undefined): string[] => {
  const names: string[] = []
  const walk = (fields: CollectionConfig['fields']) => {
    for (const field of fields) {
      if ('name' in field) names.push(field.name)
      if ('fields' in field && !('name' in field)) walk(field.fields)
      if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields)
    }
  }
  if (collection) walk(collection.fields)
  return names
}

describe('twinning() composition', () => {
  it('adds the four collections, a users collection with roles and five locales with fallback chains', () => {
    const config = twinning()(host())
    expect(slugsOf(config)).toEqual([
      'users',
      'news',
      'partner-cities',
      'photos',
      'events',
      'publication-log',
      'url-slugs',
      'api-clients',
      'webhook-deliveries',
    ])
    expect(config.admin?.user).toBe('users')
    const users = config.collections!.find((c) => c.slug === 'users')
    expect(fieldNames(users)).toEqual(expect.arrayContaining(['roles', 'locales']))
    const localization = config.localization as Exclude<Config['localization'], false | undefined>
    expect(localization.defaultLocale).toBe('de')
    expect(localization.fallback).toBe(true)
    expect(localization.locales.map((l) => (typeof l === 'string' ? l : l.code))).toEqual([
      'de',
      'en',
      'zh',
      'ko',
      'ja',
    ])
    const zh = localization.locales.find((l) => typeof l !== 'string' && l.code === 'zh')
    expect(typeof zh !== 'string' && zh?.fallbackLocale).toEqual(['en', 'de'])
    expect(Object.keys(config.i18n?.supportedLanguages ?? {}).sort()).toEqual([
      'de',
      'en',
      'ja',
      'ko',
      'zh',
    ])
    expect(config.custom?.twinning).toMatchObject({ defaultLocale: 'de' })
  })

  it('gives news the fields a press release needs, all human-readable ones localized', () => {
    const news = twinning()(host()).collections!.find((c) => c.slug === 'news')!
    expect(fieldNames(news)).toEqual(
      expect.arrayContaining([
        'title',
        'kicker',
        'dateline',
        'lead',
        'body',
        'publishedAt',
        'topics',
        'partnerCities',
        'heroPhoto',
        'gallery',
        'pressContact',
        'sourceLanguage',
        'slug',
        'localeStatus',
        'availableLocales',
      ]),
    )
    expect(news.versions).toMatchObject({ drafts: { schedulePublish: true } })
  })

  it('keeps the host localization and warns at startup about the missing Twinning locales', async () => {
    const localization = { defaultLocale: 'en', locales: ['en', 'fr', 'zh'] }
    // search: false — this fake Payload has no database for the search index to set up in.
    const config = twinning({ search: false })(host({ localization }))
    expect(config.localization).toBe(localization)
    const news = config.collections!.find((c) => c.slug === 'news')!
    const sourceLanguage = news.fields.find((f) => 'name' in f && f.name === 'sourceLanguage') as {
      defaultValue: string
      options: { value: string }[]
    }
    expect(sourceLanguage.options.map((o) => o.value)).toEqual(['en', 'fr', 'zh'])
    expect(sourceLanguage.defaultValue).toBe('en')
    const warn = jest.fn()
    await config.onInit!({ logger: { warn } } as unknown as Payload)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no de, ko, ja'))
  })

  it('runs the host onInit first and warns about nothing when it owns no localization', async () => {
    const order: string[] = []
    const warn = jest.fn()
    const config = twinning({ search: false })(
      host({ onInit: async () => void order.push('host') }),
    )
    await config.onInit!({ logger: { warn } } as unknown as Payload)
    expect(order).toEqual(['host'])
    expect(warn).not.toHaveBeenCalled()
  })

  it('respects enabled collections and slug overrides, pointing relations at the new slugs', () => {
    const config = twinning({
      collections: { events: false },
      slugs: { news: 'press-releases', photos: 'images' },
    })(host())
    expect(slugsOf(config)).toEqual([
      'users',
      'press-releases',
      'partner-cities',
      'images',
      'publication-log',
      'url-slugs',
      'api-clients',
      'webhook-deliveries',
    ])
    const news = config.collections!.find((c) => c.slug === 'press-releases')!
    expect(JSON.stringify(news.fields)).toContain('"relationTo":"images"')
  })

  it('adds roles and locales to the host users collection instead of adding its own', () => {
    const editors: CollectionConfig = {
      slug: 'editors',
      auth: true,
      fields: [{ name: 'fullName', type: 'text' }],
    }
    const config = twinning()(host({ admin: { user: 'editors' }, collections: [editors] }))
    expect(slugsOf(config)).toEqual([
      'editors',
      'news',
      'partner-cities',
      'photos',
      'events',
      'publication-log',
      'url-slugs',
      'api-clients',
      'webhook-deliveries',
    ])
    expect(fieldNames(config.collections![0])).toEqual(['fullName', 'roles', 'locales'])
    expect(editors.fields).toHaveLength(1)
  })

  it('refuses a host collection that already uses one of its slugs', () => {
    expect(() => twinning()(host({ collections: [{ slug: 'news', fields: [] }] }))).toThrow(
      /already has a collection "news".*twinning\(\{ slugs \}\)/,
    )
  })

  it('applies access overrides and leaves the other rules in place', () => {
    const read = () => true
    const news = twinning({ access: { news: { read } } })(host()).collections!.find(
      (c) => c.slug === 'news',
    )!
    expect(news.access?.read).toBe(read)
    expect(news.access?.delete).toBeDefined()
  })

  it('returns a new config and leaves the incoming one untouched', () => {
    const incoming = host({
      collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
      i18n: {
        translations: { en: { twinning: { 'errors.invalidUrl': 'Host text' } } },
      } as Config['i18n'],
    })
    const snapshot = JSON.stringify(incoming)
    const config = twinning()(incoming)
    expect(config).not.toBe(incoming)
    expect(JSON.stringify(incoming)).toBe(snapshot)
    const en = (config.i18n?.translations as Record<string, Record<string, Record<string, string>>>)
      .en!
    expect(en.twinning!['errors.invalidUrl']).toBe('Host text')
    expect(en.twinning!['errors.unknownLocale']).toContain('{{locale}}')
  })
})
