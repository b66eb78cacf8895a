import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'
import sharp from 'sharp'

import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * `findPublic` and `findPublicByID` promise exactly what an anonymous REST request returns. Over
 * a small dataset with every kind of publication state, each read is made both ways and the
 * answers compared as JSON: collections × locales × fallbacks × depths, lists and single documents,
 * filters, sorts, pages, and the bounds on limit and depth.
 */

type Id = number | string
type Collection = 'events' | 'news' | 'partner-cities' | 'photos'

const COLLECTIONS: Collection[] = ['news', 'photos', 'partner-cities', 'events']
const LOCALES = ['de', 'zh', 'ko', 'all']
/** `undefined`: no fallback named (no `fallback-locale` parameter). */
const FALLBACKS = [undefined, 'none', 'en', 'de']
const DEPTHS = [0, 1, 2]

let t: TestPayload
const ids: Record<Collection, Id[]> = { events: [], news: [], 'partner-cities': [], photos: [] }

const update = (
  collection: Collection,
  id: Id,
  locale: string,
  data: Record<string, unknown>,
  draft: boolean,
) =>
  t.payload.update({
    collection,
    data: data as never,
    depth: 0,
    draft,
    id,
    locale: locale as never,
  })
const publish = (collection: Collection, id: Id, locale: string) =>
  update(collection, id, locale, { localeStatus: 'published' }, false)
const withdraw = (collection: Collection, id: Id, locale: string) =>
  update(collection, id, locale, { localeStatus: 'unpublished' }, false)
const draft = (collection: Collection, id: Id, locale: string, data: Record<string, unknown>) =>
  update(collection, id, locale, data, true)

/** The dataset's documents by name, and the collection each is in. */
const named: Record<string, Id> = {}
const collectionOf: Record<string, Collection> = {}

/** Creates a German draft, then writes and publishes the other locales as an editor would. */
async function createDocument(
  name: string,
  collection: Collection,
  de: Record<string, unknown>,
  {
    drafts = {},
    file,
    published = [],
    withdrawn = [],
  }: {
    drafts?: Record<string, Record<string, unknown>>
    file?: Buffer
    published?: string[]
    withdrawn?: string[]
  } = {},
): Promise<Id> {
  const created = await t.payload.create({
    collection,
    data: de as never,
    depth: 0,
    draft: true,
    locale: 'de',
    ...(file
      ? {
          file: {
            data: file,
            mimetype: 'image/jpeg',
            name: `find-public-${ids.photos.length}.jpg`,
            size: file.length,
          },
        }
      : {}),
  })
  const id = created.id
  ids[collection].push(id)
  named[name] = id
  collectionOf[name] = collection
  for (const [locale, data] of Object.entries(drafts)) await draft(collection, id, locale, data)
  for (const locale of published) await publish(collection, id, locale)
  for (const locale of withdrawn) await withdraw(collection, id, locale)
  return id
}

/** The answer of an anonymous REST GET: status and parsed body. */
async function rest(url: string): Promise<{ status: number; body: any }> {
  const response = await t.rest('GET', url)
  return { body: await response.json(), status: response.status }
}

/** What Payload's REST API sends of a Local API result: its JSON. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value))

/** `where` as Payload's REST API reads it from the query string (`where[or][0][title][like]=…`). */
function whereParams(where: unknown, prefix = 'where'): [string, string][] {
  if (where === null || typeof where !== 'object') return [[prefix, String(where)]]
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) =>
    whereParams(value, `${prefix}[${key}]`),
  )
}

interface ReadArgs {
  depth?: number
  fallbackLocale?: string
  limit?: number
  locale: string
  page?: number
  sort?: string | string[]
  where?: Where
}

function query(args: ReadArgs): string {
  const params = new URLSearchParams({ locale: args.locale })
  if (args.fallbackLocale !== undefined) params.set('fallback-locale', args.fallbackLocale)
  if (args.depth !== undefined) params.set('depth', String(args.depth))
  if (args.limit !== undefined) params.set('limit', String(args.limit))
  if (args.page !== undefined) params.set('page', String(args.page))
  if (args.sort !== undefined) params.set('sort', String(args.sort))
  for (const [key, value] of whereParams(args.where ?? {})) params.append(key, value)
  return params.toString()
}

/** Where two JSON values differ, as `path: local ≠ rest` lines (the first few). */
function differences(local: unknown, remote: unknown, path = '$'): string[] {
  if (JSON.stringify(local) === JSON.stringify(remote)) return []
  if (
    local &&
    remote &&
    typeof local === 'object' &&
    typeof remote === 'object' &&
    Array.isArray(local) === Array.isArray(remote)
  ) {
    const keys = new Set([...Object.keys(local), ...Object.keys(remote)])
    const found = [...keys].flatMap((key) =>
      differences(
        (local as Record<string, unknown>)[key],
        (remote as Record<string, unknown>)[key],
        `${path}.${key}`,
      ),
    )
    if (found.length) return found
  }
  return [`${path}: ${JSON.stringify(local)} ≠ ${JSON.stringify(remote)}`.slice(0, 400)]
}

/** A list read both ways; returns how they differ (nothing when they agree). */
async function compareList(collection: Collection, args: ReadArgs) {
  const url = `/api/${collection}?${query(args)}`
  const remote = await rest(url)
  const local = await findPublic(t.payload, { collection, ...args }).then(
    (result) => ({ body: asJson(result), status: 200 }),
    (error: { message: string; status?: number }) => ({
      body: { errors: [{ message: error.message }] },
      status: error.status ?? 500,
    }),
  )
  const remoteBody =
    remote.status === 200
      ? remote.body
      : { errors: [{ message: remote.body.errors?.[0]?.message }] }
  const found = [
    ...(local.status === remote.status ? [] : [`status: ${local.status} ≠ ${remote.status}`]),
    ...differences(local.body, remoteBody),
  ]
  return { found: found.map((line) => `GET ${url} — ${line}`), local, remote }
}

/** A read by id both ways; REST's 404 must be findPublicByID's null. */
async function compareByID(collection: Collection, id: Id, args: ReadArgs) {
  const url = `/api/${collection}/${id}?${query(args)}`
  const remote = await rest(url)
  const local = await findPublicByID(t.payload, {
    collection,
    depth: args.depth,
    fallbackLocale: args.fallbackLocale,
    id,
    locale: args.locale,
  })
  const found: string[] = []
  if (remote.status === 404) {
    if (local !== null)
      found.push(`REST 404, findPublicByID ${JSON.stringify(local).slice(0, 200)}`)
  } else if (remote.status !== 200) {
    found.push(`REST ${remote.status}: ${JSON.stringify(remote.body).slice(0, 200)}`)
  } else if (local === null) {
    found.push('REST 200, findPublicByID null')
  } else {
    found.push(...differences(asJson(local), remote.body))
  }
  return { found: found.map((line) => `GET ${url} — ${line}`), local, remote }
}

beforeAll(async () => {
  t = await startTestPayload()
  const image = await sharp({
    create: { background: '#3a6ea5', channels: 3, height: 40, width: 60 },
  })
    .jpeg()
    .toBuffer()
  const photo = (alt: string, caption: string) => ({
    alt,
    caption,
    credit: 'Stadt Stuttgart',
    licence: 'pressOnly',
  })

  // Photos: published in de and en with a zh draft; draft-only; published in de only.
  await createDocument('heroPhoto', 'photos', photo('Rathaus', 'Empfang im Rathaus'), {
    drafts: { en: photo('City Hall', 'Reception'), zh: photo('市政厅', '市政厅招待会') },
    file: image,
    published: ['de', 'en'],
  })
  await createDocument('draftPhoto', 'photos', photo('Entwurf', 'Nie veröffentlicht'), {
    file: image,
  })
  await createDocument('dePhoto', 'photos', photo('Neckar', 'Der Neckar bei Nacht'), {
    drafts: { en: photo('Neckar river', 'The Neckar at night') },
    file: image,
    published: ['de'],
  })

  // Content shows a photo only where it has a published alt text of the locale
  // (src/photos/credits): while the content below is published, each photo is public in every
  // locale it is shown in; afterwards the photos go back to the states above.
  const shown: Array<[Id, string]> = []
  for (const name of ['heroPhoto', 'draftPhoto', 'dePhoto']) {
    const id = named[name]!
    const saved = await t.payload.findByID({
      collection: 'photos',
      depth: 0,
      draft: true,
      id,
      locale: 'all',
    })
    const alt = (saved.alt ?? {}) as unknown as Record<string, string | undefined>
    const live =
      (await t.payload.findByID({ collection: 'photos', depth: 0, id })).availableLocales ?? []
    for (const locale of ['de', 'en', 'zh', 'ko']) {
      if (live.includes(locale as never)) continue
      if (!alt[locale]) await draft('photos', id, locale, { alt: `${name} (${locale})` })
      await publish('photos', id, locale)
      shown.push([id, locale])
    }
  }

  // Partner cities: published in de only (zh a draft); published in de, zh and ko.
  const city = (name: string, country: string, timeZone: string) => ({
    country,
    name,
    relationship: 'twinCity',
    timeZone,
  })
  await createDocument('deCity', 'partner-cities', city('Nanjing', 'CN', 'Asia/Shanghai'), {
    drafts: { zh: { name: '南京' } },
    published: ['de'],
  })
  await createDocument(
    'wideCity',
    'partner-cities',
    { ...city('Straßburg', 'FR', 'Europe/Paris'), coverPhoto: named.dePhoto },
    {
      drafts: { ko: { name: '스트라스부르' }, zh: { name: '斯特拉斯堡' } },
      published: ['de', 'zh', 'ko'],
    },
  )

  // Releases, one day apart so that every sort has one order.
  const release = (day: number, extra: Record<string, unknown> = {}) => ({
    ...RELEASE.de,
    pressContact: { email: 'presse@stuttgart.de', name: 'Sven Matis', office: 'Presseamt' },
    publishedAt: `2026-03-${day}T09:00:00.000Z`,
    ...extra,
  })
  await createDocument(
    'richRelease',
    'news',
    release(10, {
      gallery: [named.dePhoto, named.draftPhoto, named.heroPhoto],
      heroPhoto: named.heroPhoto,
      partnerCities: [named.deCity, named.wideCity],
    }),
    {
      drafts: { en: { ...RELEASE.en, kicker: 'Mobility' }, zh: RELEASE.zh },
      published: ['de', 'zh', 'en'],
    },
  )
  await createDocument('withdrawnRelease', 'news', release(11, { heroPhoto: named.dePhoto }), {
    drafts: { en: { ...RELEASE.en, title: 'Withdrawn headline' }, ko: RELEASE.ko },
    published: ['de', 'ko', 'en'],
    withdrawn: ['en'],
  })
  await createDocument(
    'deRelease',
    'news',
    release(12, { partnerCities: [named.deCity], title: 'Nur auf Deutsch' }),
    { drafts: { zh: { title: '只有草稿' } }, published: ['de'] },
  )
  await createDocument('draftRelease', 'news', release(13, { title: 'Entwurf' }), {
    drafts: { zh: RELEASE.zh },
  })
  await createDocument('zhRelease', 'news', release(14, { title: 'Deutscher Entwurf' }), {
    drafts: { zh: { ...RELEASE.zh, title: '只有中文' } },
    published: ['zh'],
  })

  // Events: published in de and en; a draft.
  await createDocument(
    'event',
    'events',
    {
      kind: 'delegationVisit',
      partnerCities: [named.deCity],
      startsAt: '2026-05-01T08:00:00.000Z',
      summary: 'Besuch aus Nanjing',
      timeZone: 'Europe/Berlin',
      title: 'Delegationsbesuch',
      venue: { address: 'Marktplatz 1', name: 'Rathaus' },
    },
    {
      drafts: { en: { summary: 'Visit from Nanjing', title: 'Delegation visit' } },
      published: ['de', 'en'],
    },
  )
  await createDocument('draftEvent', 'events', {
    kind: 'signing',
    startsAt: '2026-06-01T08:00:00.000Z',
    timeZone: 'Asia/Seoul',
    title: 'Unterzeichnung',
  })
  for (const [id, locale] of shown) await withdraw('photos', id, locale)
})
afterAll(async () => t?.close())

describe('the dataset', () => {
  it('has the publication states the comparisons rely on', async () => {
    const states = await Promise.all(
      Object.entries(named).map(async ([name, id]) => {
        const collection = collectionOf[name]!
        const doc = await t.payload.findByID({ collection, depth: 0, draft: false, id })
        return [name, `${doc._status}:${(doc.availableLocales ?? []).join(',')}`]
      }),
    )
    expect(Object.fromEntries(states)).toEqual({
      deCity: 'published:de',
      dePhoto: 'published:de',
      deRelease: 'published:de',
      draftEvent: 'draft:',
      draftPhoto: 'draft:',
      draftRelease: 'draft:',
      event: 'published:de,en',
      heroPhoto: 'published:de,en',
      richRelease: 'published:de,en,zh',
      wideCity: 'published:de,zh,ko',
      withdrawnRelease: 'published:de,ko',
      zhRelease: 'published:zh',
    })
  })

  it('is seen differently per locale (the comparisons compare something)', async () => {
    const total = async (collection: Collection, locale: string, fallbackLocale?: string) =>
      (await findPublic(t.payload, { collection, fallbackLocale, locale })).totalDocs
    expect(await total('news', 'de')).toBe(3)
    expect(await total('news', 'zh')).toBe(2)
    expect(await total('news', 'ko')).toBe(1)
    expect(await total('news', 'ko', 'de')).toBe(3)
    expect(await total('news', 'all')).toBe(4)
    expect(await total('photos', 'zh')).toBe(2)
    expect(await total('partner-cities', 'zh')).toBe(1)
    expect(await total('events', 'zh', 'en')).toBe(1)
  })
})

describe.each(COLLECTIONS)(
  '%s: findPublic and findPublicByID answer as REST does',
  (collection) => {
    it.each(LOCALES)(
      'a list in %s, with every fallback and depth 0–2, deep-equals GET /api/<collection>',
      async (locale) => {
        const found: string[] = []
        for (const fallbackLocale of FALLBACKS)
          for (const depth of DEPTHS) {
            const compared = await compareList(collection, {
              depth,
              fallbackLocale,
              limit: 50,
              locale,
            })
            found.push(...compared.found)
            if (!compared.found.length) expect(compared.remote.status).toBe(200)
          }
        expect(found).toEqual([])
      },
    )

    it.each(LOCALES)(
      'every document by id in %s, with every fallback and depth 0–2: the same document, or null for 404',
      async (locale) => {
        const found: string[] = []
        for (const id of ids[collection])
          for (const fallbackLocale of FALLBACKS)
            for (const depth of DEPTHS)
              found.push(
                ...(await compareByID(collection, id, { depth, fallbackLocale, locale })).found,
              )
        expect(found).toEqual([])
      },
    )
  },
)

describe('filters, sorts and pages as REST reads them', () => {
  const since = { publishedAt: { greater_than: '2026-03-10T12:00:00.000Z' } }
  it.each([
    ['a filter on a plain field', { locale: 'de', where: since }],
    [
      'a filter on a plain field, ko with fallback de',
      { fallbackLocale: 'de', locale: 'ko', where: since },
    ],
    [
      'a filter on another locale’s text',
      { locale: 'de', where: { 'title.zh': { like: '南京' } } },
    ],
    ['a filter on withdrawn text', { locale: 'de', where: { 'title.en': { like: 'Withdrawn' } } }],
    [
      'a bare localized filter with a fallback',
      { fallbackLocale: 'de', locale: 'zh', where: { title: { like: 'Nur' } } },
    ],
    [
      'a suffixed filter with locale=all',
      { locale: 'all', where: { 'title.de': { exists: true } } },
    ],
    [
      'nested and/or',
      {
        locale: 'zh',
        fallbackLocale: 'de',
        where: {
          or: [{ 'title.zh': { like: '南京' } }, { and: [since, { 'title.de': { like: 'Nur' } }] }],
        },
      },
    ],
    ['a filter through a relation id', { locale: 'de', where: { heroPhoto: { exists: true } } }],
    ['sort by date, ascending', { locale: 'de', sort: 'publishedAt' }],
    ['sort by own text', { locale: 'zh', sort: '-title' }],
    ['sort by two fields', { locale: 'all', sort: '-publishedAt,slug' }],
    ['sort given as a list', { locale: 'de', sort: ['-publishedAt', 'slug'] }],
    ['page 2 of 2', { limit: 2, locale: 'de', page: 2, sort: 'publishedAt' }],
    ['a page past the end', { limit: 2, locale: 'de', page: 9 }],
    ['no limit given (the default page)', { locale: 'de' }],
    ['no depth given (the default depth)', { depth: undefined, locale: 'zh' }],
    ['page 0', { limit: 2, locale: 'de', page: 0 }],
    ['locale=*', { locale: '*', sort: 'publishedAt' }],
    ['fallback-locale=false', { fallbackLocale: 'false', locale: 'ko' }],
    ['fallback-locale=null', { fallbackLocale: 'null', locale: 'ko' }],
    ['a negative depth', { depth: -1, locale: 'zh' }],
    ['a filter on an unknown path', { locale: 'de', where: { nonsense: { equals: 'x' } } }],
    [
      'a filter with a list value',
      {
        locale: 'de',
        where: { publishedAt: { in: ['2026-03-10T09:00:00.000Z', '2026-03-12T09:00:00.000Z'] } },
      },
    ],
    [
      'a filter with a boolean value',
      { locale: 'de', where: { 'publishedIn.de': { equals: true } } },
    ],
    [
      'a filter too complex',
      {
        locale: 'de',
        where: { or: Array.from({ length: 21 }, (_, day) => ({ slug: { equals: `s${day}` } })) },
      },
    ],
    // Refusals: REST answers 400, findPublic throws the same message with status 400.
    [
      'refused: a bare localized filter with locale=all',
      { locale: 'all', where: { title: { like: 'x' } } },
    ],
    [
      'refused: an internal field',
      { locale: 'de', where: { 'localeStatus.ko': { equals: 'draft' } } },
    ],
    [
      'refused: a path into a related document',
      { locale: 'de', where: { 'heroPhoto.caption': { like: 'x' } } },
    ],
    [
      'refused: a sort by a localized field with a fallback',
      { fallbackLocale: 'de', locale: 'ko', sort: 'title' },
    ],
    ['refused: a sort by another locale', { locale: 'de', sort: 'title.en' }],
    ['refused: a sort by an unknown field', { locale: 'de', sort: 'nonsense' }],
  ] as [string, ReadArgs][])('news: %s', async (_name, args) => {
    const { found, remote } = await compareList('news', { depth: 1, ...args })
    expect(found).toEqual([])
    expect([200, 400]).toContain(remote.status)
    if (_name.startsWith('refused')) expect(remote.status).toBe(400)
  })

  it('partner cities, events and photos with a filter and a sort', async () => {
    const found = [
      ...(
        await compareList('partner-cities', {
          locale: 'ko',
          fallbackLocale: 'de',
          where: { country: { equals: 'CN' } },
        })
      ).found,
      ...(await compareList('partner-cities', { locale: 'zh', sort: 'name' })).found,
      ...(
        await compareList('events', {
          locale: 'en',
          where: { startsAt: { greater_than: '2026-01-01' } },
        })
      ).found,
      ...(
        await compareList('photos', {
          locale: 'ja',
          where: { credit: { equals: 'Stadt Stuttgart' } },
          sort: '-createdAt',
        })
      ).found,
    ]
    expect(found).toEqual([])
  })
})

describe('bounds: the same caps as REST', () => {
  it.each([
    [1000, 100],
    [0, 100],
    [101, 100],
    [100, 100],
    [3, 3],
    [-5, 10],
  ])('limit %p is served as %p both ways', async (limit, served) => {
    for (const collection of COLLECTIONS) {
      const { found, local, remote } = await compareList(collection, {
        depth: 0,
        limit,
        locale: 'de',
      })
      expect(found).toEqual([])
      expect(local.body.limit).toBe(served)
      expect(remote.body.limit).toBe(served)
    }
  })

  it('depth over the ceiling is served as the ceiling (2), by list and by id', async () => {
    for (const depth of [3, 10]) {
      const list = await compareList('news', { depth, limit: 50, locale: 'de' })
      expect(list.found).toEqual([])
      const atCeiling = await findPublic(t.payload, {
        collection: 'news',
        depth: 2,
        limit: 50,
        locale: 'de',
      })
      expect(list.local.body).toEqual(asJson(atCeiling))
      const byId = await compareByID('news', named.richRelease!, { depth, locale: 'zh' })
      expect(byId.found).toEqual([])
      expect(asJson(byId.local)).toEqual(
        asJson(
          await findPublicByID(t.payload, {
            collection: 'news',
            depth: 2,
            id: named.richRelease!,
            locale: 'zh',
          }),
        ),
      )
    }
  })

  it('populates related documents at depth 1 only where they are public', async () => {
    const byId = await findPublicByID<Record<string, any>>(t.payload, {
      collection: 'news',
      depth: 1,
      id: named.richRelease!,
      locale: 'zh',
    })
    // The hero photo is served in zh from its chain (en), the de-only photo from de; the draft-only
    // photo is not readable and stays an id (as over REST).
    expect(byId!.heroPhoto._locale).toEqual({ requested: 'zh', served: 'en' })
    expect(byId!.heroPhoto.caption).toBe('Reception')
    expect(byId!.gallery.map((p: any) => (typeof p === 'object' ? p._locale.served : p))).toEqual([
      'de',
      named.draftPhoto,
      'en',
    ])
    // The city published only in de is not public in zh.
    expect(byId!.partnerCities.map((c: any) => (typeof c === 'object' ? c.name : c))).toEqual([
      named.deCity,
      '斯特拉斯堡',
    ])
  })
})

describe('ids REST answers with 404', () => {
  async function expectNotFound(id: Id) {
    for (const locale of ['de', 'all']) {
      const remote = await rest(`/api/news/${encodeURIComponent(String(id))}?locale=${locale}`)
      expect(remote.status).toBe(404)
      const local = await findPublicByID(t.payload, { collection: 'news', id, locale }).catch(
        (error: Error) => `throws ${(error.cause as Error | undefined)?.message ?? error.message}`,
      )
      expect(local).toBeNull()
    }
  }

  it.each([
    ['an id no document has', () => 999999],
    ['zero', () => 0],
    ['a negative id', () => -1],
    ['a word', () => 'abc'],
    ['an id with trailing letters', () => `${named.richRelease}abc`],
  ] as [string, () => Id][])('%s: REST 404, findPublicByID null', async (_name, id) =>
    expectNotFound(id()),
  )

  // REST's id guard (src/http/checkDocumentId.ts) answers 404 for a numeric-collection id that
  // is not /^[1-9]\d{0,9}$/ within int4; findPublicByID applies the same check.
  it.each([
    ['an id with a leading zero', () => `0${named.richRelease}`],
    ['an id with a decimal part', () => `${named.richRelease}.5`],
    ['an id past PostgreSQL’s integer range', () => '99999999999'],
  ] as [string, () => Id][])('%s: REST 404, findPublicByID null', async (_name, id) =>
    expectNotFound(id()),
  )
})

describe('arguments REST would refuse', () => {
  it.each([
    [{ collection: 'users', locale: 'de' }, /unknown collection "users".*news/],
    [{ collection: 'nope', locale: 'de' }, /unknown collection "nope"/],
    [
      { collection: 'news', locale: 'fr' },
      /unknown locale "fr"; use one of de, en, zh, ko, ja, all/,
    ],
    [{ collection: 'news', locale: 'zh-TW' }, /unknown locale "zh-TW"/],
    [
      { collection: 'news', fallbackLocale: 'xx', locale: 'de' },
      /unknown fallbackLocale "xx"; use one of de, en, zh, ko, ja, none/,
    ],
  ])('throws for %p, naming the valid values', async (args, message) => {
    await expect(findPublic(t.payload, args)).rejects.toThrow(message)
    await expect(findPublicByID(t.payload, { ...args, id: named.deRelease! })).rejects.toThrow(
      message,
    )
  })

  it('names every collection with per-locale publishing', async () => {
    const error = await findPublic(t.payload, { collection: 'users', locale: 'de' }).catch(
      (e: Error) => e,
    )
    for (const slug of COLLECTIONS) expect((error as Error).message).toContain(slug)
  })
})
