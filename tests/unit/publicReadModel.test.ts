import { describe, expect, it } from '@jest/globals'
import type { FlattenedField, Where } from 'payload'

import {
  isPublicIn,
  type LocaleSetup,
  publicLocalesOf,
  publicWhere,
  servableLocales,
  servedLocale,
} from '../../src/publication/predicates.js'
import {
  planPublicView,
  restrictToPublicLocales,
  toPublicDocument,
} from '../../src/publication/projection.js'
import {
  classifyPath,
  guardPublicSortPath,
  guardPublicWhere,
} from '../../src/publication/publicQuery.js'

/**
 * The pure half of the public read model, table by table: which locales a read may be served in,
 * which stored documents are public in a locale, what of a stored document remains for a public
 * reader, and which `where`/`sort` paths a public read may use. No database.
 */

const SETUP: LocaleSetup = {
  defaultLocale: 'de',
  fallbacks: { de: [], en: ['de'], ja: ['en', 'de'], ko: ['en', 'de'], zh: ['en', 'de'] },
  locales: ['de', 'en', 'zh', 'ko', 'ja'],
}
const LOCALES = SETUP.locales

type Data = Record<string, unknown>

describe('servableLocales', () => {
  // requested × explicit fallback × fallbackChain → servable, in order.
  it.each([
    // No chain (news, partner cities, events): only the requested locale and a valid named one.
    ['zh', undefined, false, ['zh']],
    ['zh', null, false, ['zh']],
    ['zh', 'none', false, ['zh']],
    ['zh', 'fr', false, ['zh']],
    ['zh', '', false, ['zh']],
    ['zh', 'de', false, ['zh', 'de']],
    ['zh', 'en', false, ['zh', 'en']],
    ['zh', 'zh', false, ['zh']],
    ['de', undefined, false, ['de']],
    ['de', 'en', false, ['de', 'en']],
    ['ko', 'ja', false, ['ko', 'ja']],
    // With the configured chain (photos): the named fallback first, then the chain, no repeats.
    ['zh', undefined, true, ['zh', 'en', 'de']],
    ['zh', 'none', true, ['zh', 'en', 'de']],
    ['zh', 'fr', true, ['zh', 'en', 'de']],
    ['zh', 'de', true, ['zh', 'de', 'en']],
    ['zh', 'en', true, ['zh', 'en', 'de']],
    ['zh', 'zh', true, ['zh', 'en', 'de']],
    ['ko', 'ja', true, ['ko', 'ja', 'en', 'de']],
    ['en', undefined, true, ['en', 'de']],
    ['en', 'en', true, ['en', 'de']],
    ['de', undefined, true, ['de']],
    ['de', 'zh', true, ['de', 'zh']],
  ] as const)('%s with fallback %p, chain %p → %p', (locale, fallbackLocale, chain, servable) => {
    expect(servableLocales(SETUP, { fallbackChain: chain, fallbackLocale, locale })).toEqual({
      requested: locale,
      servable,
    })
  })

  it('serves a locale without a configured chain from the default locale', () => {
    const setup = { ...SETUP, fallbacks: { de: [] } }
    expect(servableLocales(setup, { fallbackChain: true, locale: 'ja' }).servable).toEqual([
      'ja',
      'de',
    ])
  })

  it.each([
    ['all', undefined, false],
    ['all', 'de', false],
    ['all', 'none', true],
    ['*', undefined, false],
    ['*', 'zh', true],
  ] as const)(
    'locale=%s (fallback %p, chain %p) may be served in every locale',
    (locale, fallbackLocale, chain) => {
      expect(servableLocales(SETUP, { fallbackChain: chain, fallbackLocale, locale })).toEqual({
        requested: 'all',
        servable: LOCALES,
      })
    },
  )

  it('returns a copy, not the setup’s own list', () => {
    const { servable } = servableLocales(SETUP, { locale: 'all' })
    servable.pop()
    expect(SETUP.locales).toHaveLength(5)
  })
})

describe('publicWhere', () => {
  it.each([
    [['zh'], { 'publishedIn.zh': { equals: true } }],
    [
      ['ko', 'de'],
      { or: [{ 'publishedIn.ko': { equals: true } }, { 'publishedIn.de': { equals: true } }] },
    ],
    [
      ['zh', 'en', 'de'],
      {
        or: [
          { 'publishedIn.zh': { equals: true } },
          { 'publishedIn.en': { equals: true } },
          { 'publishedIn.de': { equals: true } },
        ],
      },
    ],
    [['zh-CN'], { 'publishedIn.zh_CN': { equals: true } }],
  ])('published, and public in one of %p', (servable, inAny) => {
    expect(publicWhere(servable)).toEqual({ and: [{ _status: { equals: 'published' } }, inAny] })
  })
})

describe('isPublicIn, publicLocalesOf, servedLocale', () => {
  const flags = (...codes: string[]) =>
    Object.fromEntries(LOCALES.map((c) => [c, codes.includes(c)]))
  it.each([
    ['publishedIn says de', { _status: 'published', publishedIn: flags('de', 'zh') }, 'de', true],
    ['publishedIn says zh', { _status: 'published', publishedIn: flags('de', 'zh') }, 'zh', true],
    [
      'publishedIn says not en',
      { _status: 'published', publishedIn: flags('de', 'zh') },
      'en',
      false,
    ],
    ['a flag that is missing', { _status: 'published', publishedIn: { de: true } }, 'ko', false],
    ['a flag that is not true', { _status: 'published', publishedIn: { de: 'true' } }, 'de', false],
    ['a locale code with a dash', { publishedIn: { zh_CN: true } }, 'zh-CN', true],
    [
      'publishedIn wins over availableLocales',
      { _status: 'published', availableLocales: ['en'], publishedIn: flags('de') },
      'en',
      false,
    ],
    [
      'availableLocales when publishedIn was not read',
      { availableLocales: ['de', 'ko'] },
      'ko',
      true,
    ],
    ['availableLocales without the locale', { availableLocales: ['de', 'ko'] }, 'zh', false],
    [
      'publishedIn null: availableLocales',
      { availableLocales: ['de'], publishedIn: null },
      'de',
      true,
    ],
    ['availableLocales not a list', { availableLocales: 'de' }, 'de', false],
    ['_status not read: the flags decide', { publishedIn: flags('de') }, 'de', true],
    ['_status draft', { _status: 'draft', publishedIn: flags('de') }, 'de', false],
    [
      '_status draft with availableLocales',
      { _status: 'draft', availableLocales: ['de'] },
      'de',
      false,
    ],
    ['_status null', { _status: null, publishedIn: flags('de') }, 'de', false],
    ['neither field: fails closed', { _status: 'published' }, 'de', false],
    ['an empty document: fails closed', {}, 'de', false],
  ])('%s → %p', (_name, doc, locale, expected) => {
    expect(isPublicIn(doc, locale)).toBe(expected)
  })

  it('lists the public locales in the order given and picks the first servable one', () => {
    const doc = { _status: 'published', publishedIn: flags('de', 'ko') }
    expect(publicLocalesOf(doc, LOCALES)).toEqual(['de', 'ko'])
    expect(publicLocalesOf({ _status: 'draft', publishedIn: flags('de') }, LOCALES)).toEqual([])
    expect(servedLocale(doc, ['zh', 'en', 'de'])).toBe('de')
    expect(servedLocale(doc, ['ko', 'de'])).toBe('ko')
    expect(servedLocale(doc, ['zh', 'en'])).toBeUndefined()
  })
})

// A collection's fields as Payload flattens them, built by hand with what the projection reads.
const text = (name: string, localized = false) => ({ name, type: 'text', localized })
const FIELDS = [
  text('title', true),
  text('credit'),
  text('loose', true),
  text('mixed', true),
  text('empty', true),
  {
    name: 'pressContact',
    type: 'group',
    flattenedFields: [text('name'), text('office', true)],
  },
  {
    name: 'seo',
    type: 'group',
    localized: true,
    flattenedFields: [text('description')],
  },
  {
    name: 'meta',
    type: 'tab',
    flattenedFields: [text('summary', true), text('code')],
  },
  {
    name: 'links',
    type: 'array',
    flattenedFields: [text('label', true), text('url')],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', flattenedFields: [text('quote', true), text('author')] }],
  },
  { name: 'heroPhoto', type: 'upload', relationTo: 'photos' },
  { name: 'localeStatus', type: 'select', localized: true },
  { name: 'translationTracking', type: 'json' },
  { name: 'availableLocales', type: 'select', hasMany: true },
  {
    name: 'publishedIn',
    type: 'group',
    flattenedFields: LOCALES.map((code) => ({ name: code, type: 'checkbox' })),
  },
] as unknown as FlattenedField[]

/** Text per locale for a field: `all('title')` → `{ de: 'title-de', … }` for the locales given. */
const texts = (name: string, codes = ['de', 'en', 'zh', 'ko', 'ja']) =>
  Object.fromEntries(codes.map((code) => [code, `${name}-${code}`]))

/**
 * A stored document (locale=all): de and zh published; en published once, then withdrawn (its
 * text still stored); ko a draft; ja never written in some fields.
 */
function storedRelease(): Data {
  return {
    _status: 'published',
    availableLocales: ['de', 'zh'],
    credit: 'Stadt Stuttgart',
    empty: null,
    heroPhoto: 7,
    id: 1,
    layout: [
      { author: 'OB', blockType: 'quote', quote: texts('quote', ['de', 'en', 'zh', 'ko']) },
      { blockType: 'unknown', quote: texts('other') },
    ],
    links: [{ label: texts('label', ['de', 'en', 'ko']), url: 'https://example.org' }, null],
    localeStatus: {
      de: 'published',
      en: 'unpublished',
      ja: 'draft',
      ko: 'inReview',
      zh: 'published',
    },
    loose: 'a plain string in a localized field',
    meta: { code: 'X1', summary: texts('summary', ['de', 'en', 'zh', 'ko']) },
    mixed: { de: 'Text', fr: 'texte' },
    pressContact: { name: 'Sven Matis', office: texts('office', ['de', 'en', 'ko']) },
    publishedIn: { de: true, en: false, ja: false, ko: false, zh: true },
    seo: {
      de: { description: 'seo-de' },
      en: { description: 'seo-en' },
      ko: { description: 'seo-ko' },
    },
    title: texts('title', ['de', 'en', 'zh', 'ko']),
    translationTracking: { en: { title: 'hash' } },
  }
}

/** A photo published in de only, en withdrawn; no ja text at all. */
function storedPhoto(): Data {
  return {
    _status: 'published',
    credit: 'Leif Piechowski',
    id: 2,
    localeStatus: { de: 'published', en: 'unpublished' },
    publishedIn: { de: true, en: false, ja: false, ko: false, zh: false },
    title: { de: 'Rathaus', en: 'City Hall' },
  }
}

describe('planPublicView, restrictToPublicLocales, toPublicDocument', () => {
  const plan = (doc: Data, locale: string, fallbackLocale?: string, fallbackChain = false) =>
    planPublicView(doc, servableLocales(SETUP, { fallbackChain, fallbackLocale, locale }), LOCALES)

  it.each([
    // stored, locale, fallback, chain → kept locales, note, substitution
    ['release', 'de', undefined, false, ['de', 'zh'], 'de', undefined],
    ['release', 'zh', undefined, false, ['de', 'zh'], 'zh', undefined],
    ['release', 'zh', 'de', false, ['de', 'zh'], 'zh', undefined],
    ['release', 'en', 'de', false, ['de', 'zh'], 'de', { from: 'de', into: 'en' }],
    ['release', 'ko', 'zh', false, ['de', 'zh'], 'zh', { from: 'zh', into: 'ko' }],
    ['release', 'ja', 'de', true, ['de', 'zh'], 'de', { from: 'de', into: 'ja' }],
    ['release', 'ja', undefined, true, ['de', 'zh'], 'de', { from: 'de', into: 'ja' }],
    ['release', 'ja', 'zh', true, ['de', 'zh'], 'zh', { from: 'zh', into: 'ja' }],
    ['photo', 'zh', undefined, true, ['de'], 'de', { from: 'de', into: 'zh' }],
    ['photo', 'en', 'none', true, ['de'], 'de', { from: 'de', into: 'en' }],
  ] as const)(
    '%s in %s (fallback %p, chain %p): keeps %p, served from %s',
    (which, locale, fallback, chain, keep, served, substitute) => {
      const doc = which === 'release' ? storedRelease() : storedPhoto()
      const planned = plan(doc, locale, fallback, chain)
      expect(planned).toBeDefined()
      expect([...planned!.keep]).toEqual(keep)
      expect(planned!.note).toEqual({ requested: locale, served })
      expect(planned!.substitute).toEqual(substitute)
    },
  )

  it.each([
    ['release', 'en', undefined, false],
    ['release', 'en', 'none', false],
    ['release', 'ko', 'en', false],
    ['release', 'ko', 'fr', false],
    ['photo', 'zh', 'none', false],
  ] as const)('%s in %s (fallback %p, chain %p): nothing may be served', (which, l, f, c) => {
    expect(plan(which === 'release' ? storedRelease() : storedPhoto(), l, f, c)).toBeUndefined()
  })

  it.each([
    ['a draft', { ...storedRelease(), _status: 'draft' }],
    ['no flag set', { ...storedRelease(), publishedIn: {}, availableLocales: [] }],
    ['no publication fields', { title: texts('title') }],
  ])('locale=all of %s: nothing may be served', (_name, doc) => {
    expect(plan(doc, 'all')).toBeUndefined()
    expect(plan(doc, 'de', 'en', true)).toBeUndefined()
  })

  it('locale=all keeps and notes every public locale', () => {
    const planned = plan(storedRelease(), 'all', 'de', true)
    expect([...planned!.keep]).toEqual(['de', 'zh'])
    expect(planned!.note).toEqual({ requested: 'all', served: ['de', 'zh'] })
    expect(planned!.substitute).toBeUndefined()
  })

  /** Applies the whole projection as the read hooks do: plan, restrict, shape. */
  function project(doc: Data, locale: string, fallbackLocale?: string, chain = false) {
    const planned = plan(doc, locale, fallbackLocale, chain)!
    restrictToPublicLocales(FIELDS, doc, planned, LOCALES)
    return toPublicDocument(doc, planned.note)
  }

  // What remains of the release's localized text at every depth, per read.
  it.each([
    [
      'zh, no fallback: only public locales remain',
      ['zh', undefined],
      { de: 'de', zh: 'zh' },
      { de: 'de' },
    ],
    [
      'de with fallback en: en is withdrawn, nothing of it remains',
      ['de', 'en'],
      { de: 'de', zh: 'zh' },
      { de: 'de' },
    ],
    [
      'en with fallback de: German text fills the English slot',
      ['en', 'de'],
      { de: 'de', en: 'de', zh: 'zh' },
      { de: 'de', en: 'de' },
    ],
    [
      'ko with fallback zh: Chinese text replaces the Korean draft',
      ['ko', 'zh'],
      { de: 'de', ko: 'zh', zh: 'zh' },
      { de: 'de', ko: null },
    ],
  ] as const)('%s', (_name, [locale, fallback], full, partial) => {
    const shaped = project(storedRelease(), locale, fallback) as Data
    const of = (name: string, map: Record<string, string | null>) =>
      Object.fromEntries(
        Object.entries(map).map(([slot, from]) => [slot, from === null ? null : `${name}-${from}`]),
      )
    // Locales a field was stored in: title, quote, summary in de/en/zh/ko; office, label in de/en/ko.
    expect(shaped.title).toEqual(of('title', full))
    expect((shaped.meta as Data).summary).toEqual(of('summary', full))
    expect((shaped.layout as Data[])[0]!.quote).toEqual(of('quote', full))
    expect((shaped.pressContact as Data).office).toEqual(of('office', partial))
    expect((shaped.links as Data[])[0]!.label).toEqual(of('label', partial))
    const seo = shaped.seo as Record<string, { description: string } | null>
    expect(
      Object.fromEntries(Object.entries(seo).map(([k, v]) => [k, v?.description ?? null])),
    ).toEqual(of('seo', partial))
    // Non-localized values are left alone, at every depth.
    expect(shaped.credit).toBe('Stadt Stuttgart')
    expect(shaped.heroPhoto).toBe(7)
    expect((shaped.pressContact as Data).name).toBe('Sven Matis')
    expect((shaped.meta as Data).code).toBe('X1')
    expect((shaped.links as Data[])[0]!.url).toBe('https://example.org')
    expect((shaped.links as Data[])[1]).toBeNull()
    expect((shaped.layout as Data[])[0]!.author).toBe('OB')
    // A block of a type the collection does not know is not touched.
    expect((shaped.layout as Data[])[1]!.quote).toEqual(texts('other'))
    expect(shaped.availableLocales).toEqual(['de', 'zh'])
    expect(shaped._status).toBe('published')
    expect(shaped.id).toBe(1)
  })

  it('drops a localized value that is not a locale map, and keeps an empty one empty', () => {
    const shaped = project(storedRelease(), 'zh') as Data
    expect(shaped).not.toHaveProperty('loose')
    expect(shaped).not.toHaveProperty('mixed')
    expect(shaped.empty).toBeNull()
  })

  it('locale=all keeps the public locales only', () => {
    const shaped = project(storedRelease(), 'all', 'en', true) as Data
    expect(shaped.title).toEqual({ de: 'title-de', zh: 'title-zh' })
    expect((shaped.pressContact as Data).office).toEqual({ de: 'office-de' })
    expect(shaped._locale).toEqual({ requested: 'all', served: ['de', 'zh'] })
  })

  it('serves a photo from its chain, with null where the served locale has no text', () => {
    const photo = { ...storedPhoto(), seo: { en: { description: 'withdrawn' } } }
    const shaped = project(photo, 'zh', undefined, true) as Data
    expect(shaped.title).toEqual({ de: 'Rathaus', zh: 'Rathaus' })
    expect(shaped.seo).toEqual({ zh: null })
    expect(shaped._locale).toEqual({ requested: 'zh', served: 'de' })
  })

  it.each([
    ['zh', undefined, false, { requested: 'zh', served: 'zh' }],
    ['ko', 'de', false, { requested: 'ko', served: 'de' }],
    ['ja', undefined, true, { requested: 'ja', served: 'de' }],
    ['all', undefined, false, { requested: 'all', served: ['de', 'zh'] }],
  ] as const)(
    'the public document of a %s read: internal fields removed, _locale %p',
    (locale, fallback, chain, note) => {
      const stored = storedRelease()
      const shaped = project(stored, locale, fallback, chain) as Data
      expect(shaped._locale).toEqual(note)
      for (const name of ['publishedIn', 'localeStatus', 'translationTracking'])
        expect(shaped).not.toHaveProperty(name)
      // The stored document itself keeps them: toPublicDocument shapes a copy.
      expect(stored).toHaveProperty('publishedIn')
      expect(stored).not.toHaveProperty('_locale')
    },
  )

  it('restricts the internal localized fields too, before they are removed', () => {
    const doc = storedRelease()
    restrictToPublicLocales(FIELDS, doc, plan(doc, 'ko', 'de')!, LOCALES)
    expect(doc.localeStatus).toEqual({ de: 'published', ko: 'published', zh: 'published' })
  })
})

// Fields as a release has them, for the query guards.
const QUERY_FIELDS = [
  text('title', true),
  text('kicker', true),
  { name: 'publishedAt', type: 'date' },
  {
    name: 'pressContact',
    type: 'group',
    flattenedFields: [text('name'), text('office', true)],
  },
  { name: 'links', type: 'array', flattenedFields: [text('label', true), text('url')] },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', flattenedFields: [text('quote', true), text('author')] }],
  },
  { name: 'heroPhoto', type: 'upload', relationTo: 'photos' },
  { name: 'gallery', type: 'upload', relationTo: 'photos', hasMany: true },
  { name: 'related', type: 'relationship', relationTo: ['news', 'events'] },
  { name: 'localLink', type: 'relationship', relationTo: 'news', localized: true },
  { name: 'localeStatus', type: 'select', localized: true },
  { name: 'translationTracking', type: 'json' },
  { name: 'availableLocales', type: 'select', hasMany: true },
  {
    name: 'publishedIn',
    type: 'group',
    flattenedFields: LOCALES.map((code) => ({ name: code, type: 'checkbox' })),
  },
] as unknown as FlattenedField[]

describe('classifyPath', () => {
  it.each([
    ['id', { kind: 'plain' }],
    ['publishedAt', { kind: 'plain' }],
    ['nonsense', { kind: 'plain' }],
    ['nonsense.zh', { kind: 'plain' }],
    ['title', { kind: 'localized' }],
    ['title.zh', { kind: 'localized', locale: 'zh' }],
    ['title.fr', { kind: 'localized' }],
    ['title.zh.more', { kind: 'localized' }],
    ['pressContact.name', { kind: 'plain' }],
    ['pressContact.office', { kind: 'localized' }],
    ['pressContact.office.ko', { kind: 'localized', locale: 'ko' }],
    ['links.url', { kind: 'plain' }],
    ['links.label', { kind: 'localized' }],
    ['links.label.ja', { kind: 'localized', locale: 'ja' }],
    ['layout.author', { kind: 'plain' }],
    ['layout.quote.de', { kind: 'localized', locale: 'de' }],
    ['publishedIn', { kind: 'plain' }],
    ['publishedIn.zh', { kind: 'plain' }],
    ['availableLocales', { kind: 'plain' }],
    ['localeStatus', { kind: 'internal' }],
    ['localeStatus.ko', { kind: 'internal' }],
    ['translationTracking', { kind: 'internal' }],
    ['translationTracking.en.title', { kind: 'internal' }],
    ['heroPhoto', { kind: 'plain' }],
    ['heroPhoto.id', { kind: 'plain' }],
    ['heroPhoto.caption', { kind: 'relation' }],
    ['heroPhoto.caption.zh', { kind: 'relation' }],
    ['heroPhoto.id.more', { kind: 'relation' }],
    ['gallery.alt', { kind: 'relation' }],
    ['related.value', { kind: 'plain' }],
    ['related.relationTo', { kind: 'plain' }],
    ['related.value.title', { kind: 'relation' }],
    ['localLink', { kind: 'localized' }],
    ['localLink.zh', { kind: 'localized', locale: 'zh' }],
    ['localLink.zh.id', { kind: 'localized', locale: 'zh' }],
    ['localLink.title', { kind: 'relation' }],
  ])('%s → %p', (path, verdict) => {
    expect(classifyPath(QUERY_FIELDS, path, LOCALES)).toEqual(verdict)
  })
})

describe('guardPublicWhere', () => {
  const read = (locale: string, fallbackLocale?: string) =>
    servableLocales(SETUP, { fallbackLocale, locale })
  const guard = (where: Where, locale: string, fallbackLocale?: string) =>
    guardPublicWhere(where, QUERY_FIELDS, read(locale, fallbackLocale), LOCALES)
  const publicIn = (locale: string) => ({ availableLocales: { in: [locale] } })
  const like = (value: string) => ({ like: value })
  const since = { greater_than: '2026-01-01' }

  it.each([
    ['a plain path', { publishedAt: since }, 'zh', undefined],
    ['the requested locale’s own text, bare', { title: like('x') }, 'zh', undefined],
    ['the requested locale’s own text, suffixed', { 'title.zh': like('x') }, 'zh', undefined],
    ['inside a group', { 'pressContact.office': like('x') }, 'de', undefined],
    ['the read rule’s own index', { 'publishedIn.ko': { equals: true } }, 'ko', 'de'],
    ['a relation’s id', { 'heroPhoto.id': { equals: 7 } }, 'all', undefined],
    ['an unknown path (Payload answers it)', { nonsense: like('x') }, 'ko', 'de'],
  ] as const)('leaves %s alone', (_name, where, locale, fallback) => {
    expect(guard(where as Where, locale, fallback)).toEqual({ where })
  })

  it.each([
    ['another locale’s text', { 'title.de': like('x') }, 'zh', undefined, 'de'],
    ['a bare path when a fallback may serve', { title: like('x') }, 'ko', 'de', 'ko'],
    ['the fallback’s own text', { 'title.de': like('x') }, 'ko', 'de', 'de'],
    ['the requested text when a fallback may serve', { 'title.ko': like('x') }, 'ko', 'de', 'ko'],
    ['a suffixed path with locale=all', { 'title.en': like('x') }, 'all', undefined, 'en'],
    ['inside a group', { 'pressContact.office.en': like('x') }, 'de', undefined, 'en'],
    ['inside an array', { 'links.label.ja': like('x') }, 'de', undefined, 'ja'],
    ['inside a block', { 'layout.quote.zh': like('x') }, 'de', undefined, 'zh'],
  ] as const)('requires %s to be public', (_name, where, locale, fallback, publicLocale) => {
    expect(guard(where as Where, locale, fallback)).toEqual({
      where: { and: [{ and: [where, publicIn(publicLocale)] }] },
    })
  })

  it('keeps the conditions that need no guard next to the guarded ones', () => {
    expect(guard({ publishedAt: since, 'title.de': like('x'), kicker: like('k') }, 'zh')).toEqual({
      where: {
        and: [
          { kicker: like('k'), publishedAt: since },
          { and: [{ 'title.de': like('x') }, publicIn('de')] },
        ],
      },
    })
  })

  it('preserves and/or nesting, guarding inside it', () => {
    const where: Where = {
      or: [
        { 'title.de': like('a') },
        { and: [{ publishedAt: since }, { kicker: { exists: true } }] },
      ],
    }
    expect(guard(where, 'zh')).toEqual({
      where: {
        or: [
          { and: [{ and: [{ 'title.de': like('a') }, publicIn('de')] }] },
          { and: [{ publishedAt: since }, { kicker: { exists: true } }] },
        ],
      },
    })
    expect(guard({ and: [{ or: [{ title: like('b') }] }] }, 'ko', 'de')).toEqual({
      where: { and: [{ or: [{ and: [{ and: [{ title: like('b') }, publicIn('ko')] }] }] }] },
    })
  })

  it.each([
    ['an internal field', { 'localeStatus.ko': { equals: 'draft' } }, 'de', 'internal'],
    ['translation bookkeeping', { translationTracking: { exists: true } }, 'de', 'internal'],
    ['a path into a related document', { 'heroPhoto.caption': like('x') }, 'de', 'relation'],
    ['a path into a hasMany upload', { 'gallery.alt.zh': like('x') }, 'zh', 'relation'],
    ['a bare localized path with locale=all', { title: like('x') }, 'all', 'all'],
    ['a bare path in a group with locale=all', { 'pressContact.office': like('x') }, 'all', 'all'],
  ] as const)('refuses %s', (_name, where, locale, kind) => {
    const key = {
      all: 'errors.publicQueryAllLocales',
      internal: 'errors.publicQueryInternal',
      relation: 'errors.publicQueryRelation',
    }[kind]
    const path = Object.keys(where)[0]!
    expect(guard(where as Where, locale)).toEqual({ refusal: { key, path } })
  })

  it.each([
    ['or', { or: [{ publishedAt: since }, { 'localeStatus.ko': { equals: 'draft' } }] }],
    ['and in or', { or: [{ and: [{ 'heroPhoto.caption': like('x') }] }] }],
  ])('refuses a forbidden path nested in %s', (_name, where) => {
    expect('refusal' in guard(where as Where, 'de')).toBe(true)
  })
})

describe('guardPublicSortPath', () => {
  const read = (locale: string, fallbackLocale?: string) =>
    servableLocales(SETUP, { fallbackLocale, locale })
  const sortPath = (path: string, locale: string, fallbackLocale?: string) =>
    guardPublicSortPath(path, QUERY_FIELDS, read(locale, fallbackLocale), LOCALES)

  it.each([
    ['publishedAt', 'zh', undefined],
    ['-publishedAt', 'all', undefined],
    ['pressContact.name', 'ko', 'de'],
    ['publishedIn.de', 'ko', 'de'],
    ['title', 'zh', undefined],
    ['-title', 'zh', 'none'],
    ['title.zh', 'zh', undefined],
    ['-pressContact.office.de', 'de', undefined],
  ] as const)('allows %s (locale %s, fallback %p)', (path, locale, fallback) => {
    expect(sortPath(path, locale, fallback)).toBeUndefined()
  })

  it.each([
    ['title', 'ko', 'de', 'errors.publicSortLocalized'],
    ['-title', 'all', undefined, 'errors.publicSortLocalized'],
    ['title.de', 'all', undefined, 'errors.publicSortLocalized'],
    ['title.en', 'de', undefined, 'errors.publicSortLocalized'],
    ['-title.ko', 'ko', 'de', 'errors.publicSortLocalized'],
    ['links.label', 'de', 'en', 'errors.publicSortLocalized'],
    ['localeStatus', 'de', undefined, 'errors.publicQueryInternal'],
    ['-localeStatus.de', 'de', undefined, 'errors.publicQueryInternal'],
    ['heroPhoto.alt', 'de', undefined, 'errors.publicQueryRelation'],
    ['-related.value.title', 'de', undefined, 'errors.publicQueryRelation'],
  ] as const)('refuses %s (locale %s, fallback %p)', (path, locale, fallback, key) => {
    expect(sortPath(path, locale, fallback)).toEqual({ key, path })
  })
})
