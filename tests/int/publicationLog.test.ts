import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { seedArchive } from '../../src/seed/archive.js'
import { createUser, RELEASE, type ReleaseLocale } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { createPublishedPhoto } from '../helpers/photos.js'

type Id = number | string
type Change = {
  at: string
  change: string
  collection: string
  cursor: string
  doc?: Record<string, unknown>
  id: string
  locale: string
  reason?: string
  tombstone?: true
}
const LOCALES = ['de', 'en', 'zh', 'ko', 'ja'] as const

let t: TestPayload
let editor: string
let cursor = ''

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

const changes = async (query = '') => {
  const response = await t.rest('GET', `/api/twinning/changes?limit=1000${query}`, {
    token: editor,
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { changes: Change[]; hasMore: boolean; nextCursor: string }
}
/** The entries appended since the last call, as `change locale` strings. */
async function newEntries(): Promise<string[]> {
  const page = await changes(cursor ? `&since=${cursor}` : '')
  cursor = page.nextCursor
  return page.changes.map((c) => `${c.change} ${c.collection}:${c.locale}`)
}

const setStatus = (collection: 'news' | 'photos', id: Id, locale: string, localeStatus: string) =>
  t.rest('PATCH', `/api/${collection}/${id}?locale=${locale}`, {
    body: { localeStatus },
    token: editor,
  })
const saveDraft = (
  collection: 'news' | 'photos',
  id: Id,
  locale: string,
  data: Record<string, unknown>,
) =>
  t.rest('PATCH', `/api/${collection}/${id}?locale=${locale}&draft=true`, {
    body: data,
    token: editor,
  })

async function germanDraft(): Promise<Id> {
  const response = await t.rest('POST', '/api/news?locale=de', {
    body: { ...RELEASE.de, publishedAt: '2026-04-01T08:00:00.000Z' },
    token: editor,
  })
  expect(response.status).toBe(201)
  return (await response.json()).doc.id
}

describe('the publication log', () => {
  it('gets exactly one entry per change of what the public sees, none for drafts', async () => {
    await newEntries()
    const id = await germanDraft()
    expect(await newEntries()).toEqual([])
    expect((await setStatus('news', id, 'de', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual(['published news:de'])
    expect((await saveDraft('news', id, 'zh', RELEASE.zh)).status).toBe(200)
    expect((await saveDraft('news', id, 'de', { title: 'Neuer Titel im Entwurf' })).status).toBe(
      200,
    )
    expect(await newEntries()).toEqual([])
    expect((await setStatus('news', id, 'zh', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual(['published news:zh'])
    // Publishing German again with its changed title: German's public text changed, Chinese did not.
    expect((await setStatus('news', id, 'de', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual(['updated news:de'])
    expect((await setStatus('news', id, 'de', 'published')).status).toBe(200)
    expect(await newEntries()).toEqual([])
    expect((await setStatus('news', id, 'zh', 'unpublished')).status).toBe(200)
    expect(await newEntries()).toEqual(['withdrawn news:zh'])
    expect((await t.rest('DELETE', `/api/news/${id}`, { token: editor })).status).toBe(200)
    expect(await newEntries()).toEqual(['deleted news:de'])
  })

  it('a photo published in German becomes visible in every locale of its fallback chain', async () => {
    const image = await sharp({
      create: { background: '#336699', channels: 3, height: 30, width: 40 },
    })
      .png()
      .toBuffer()
    const photo = await t.payload.create({
      collection: 'photos',
      data: {
        _status: 'draft',
        alt: 'Marktplatz',
        credit: 'Stadt Stuttgart',
        licence: 'pressOnly',
      },
      draft: true,
      file: {
        data: image,
        mimetype: 'image/png',
        name: `log-${Date.now()}.png`,
        size: image.length,
      },
      locale: 'de',
    })
    await newEntries()
    expect((await setStatus('photos', photo.id, 'de', 'published')).status).toBe(200)
    expect((await newEntries()).sort()).toEqual(LOCALES.map((l) => `published photos:${l}`).sort())
    expect((await setStatus('photos', photo.id, 'de', 'unpublished')).status).toBe(200)
    expect((await newEntries()).sort()).toEqual(LOCALES.map((l) => `withdrawn photos:${l}`).sort())
  })

  it('a rolled-back write leaves no entry', async () => {
    const id = await germanDraft()
    await newEntries()
    const transactionID = await t.payload.db.beginTransaction()
    expect(transactionID).toBeTruthy()
    const req = { transactionID } as unknown as PayloadRequest
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published' } as never,
      id,
      locale: 'de',
      req,
    })
    await t.payload.db.rollbackTransaction(transactionID!)
    expect(await newEntries()).toEqual([])
    expect((await t.rest('GET', `/api/news/${id}?locale=de`)).status).toBe(404)
  })

  it('scheduled publish and unpublish jobs are logged when they run, not when they are queued', async () => {
    const id = await germanDraft()
    await setStatus('news', id, 'de', 'published')
    await saveDraft('news', id, 'ko', RELEASE.ko)
    await newEntries()
    const doc = { relationTo: 'news' as const, value: id as number }
    await t.payload.jobs.queue({
      input: { doc, locale: 'ko', type: 'publish' },
      task: 'schedulePublish',
    })
    expect(await newEntries()).toEqual([])
    await t.payload.jobs.run()
    expect(await newEntries()).toEqual(['published news:ko'])
    await t.payload.jobs.queue({
      input: { doc, locale: 'ko', type: 'unpublish' },
      task: 'schedulePublish',
    })
    await t.payload.jobs.run()
    expect(await newEntries()).toEqual(['withdrawn news:ko'])
  })

  it('an XLIFF import is a draft (no entry); publishing its locale afterwards is one', async () => {
    const id = await germanDraft()
    await setStatus('news', id, 'de', 'published')
    await newEntries()
    const exported = await t.rest(
      'GET',
      `/api/twinning/xliff/export?collection=news&ids=${id}&targets=ja`,
      {
        token: editor,
      },
    )
    expect(exported.status).toBe(200)
    const translated = (await exported.text())
      .replaceAll('state="initial"', 'state="translated"')
      .replace(
        /(<source>([\s\S]*?)<\/source>)(<target>[\s\S]*?<\/target>)?/g,
        (_all, source: string, inner: string) => `${source}<target>${inner} (ja)</target>`,
      )
    const imported = await t.rest('POST', '/api/twinning/xliff/import', {
      body: translated,
      headers: { 'Content-Type': 'application/xliff+xml' },
      token: editor,
    })
    expect(imported.status).toBe(200)
    expect(await newEntries()).toEqual([])
    const published = await setStatus('news', id, 'ja', 'published')
    expect([published.status, published.status === 200 ? '' : await published.text()]).toEqual([
      200,
      '',
    ])
    expect(await newEntries()).toEqual(['published news:ja'])
  })

  it('the archive seed announces each document-locale it publishes once', async () => {
    await newEntries()
    const report = await seedArchive(t.payload, 3, { batch: 2 })
    expect(report.created).toBe(3)
    const entries = await newEntries()
    expect(entries).toHaveLength(15)
    expect(new Set(entries)).toEqual(new Set(LOCALES.map((l) => `published news:${l}`)))
    await seedArchive(t.payload, 3, { batch: 2 })
    expect(await newEntries()).toEqual([])
  })

  it('pages with cursors, filters by locale, and refuses bad input', async () => {
    expect((await t.rest('GET', '/api/twinning/changes')).status).toBe(401)
    const all = await changes('')
    expect(all.changes.length).toBeGreaterThan(4)
    const first = await changes('&limit=2'.replace('limit=1000&', ''))
    const page = await (
      await t.rest('GET', '/api/twinning/changes?limit=2', { token: editor })
    ).json()
    expect(page.changes).toHaveLength(2)
    expect(page.hasMore).toBe(true)
    const next = await (
      await t.rest('GET', `/api/twinning/changes?limit=2&since=${page.nextCursor}`, {
        token: editor,
      })
    ).json()
    expect(next.changes[0].cursor).toBe(all.changes[2]!.cursor)
    expect(first.changes.length).toBeGreaterThan(0)
    const zh = await changes('&locale=zh')
    expect(zh.changes.every((c) => c.locale === 'zh')).toBe(true)
    const capped = await (
      await t.rest('GET', '/api/twinning/changes?limit=99999', { token: editor })
    ).json()
    expect(capped.changes.length).toBeLessThanOrEqual(1000)
    for (const query of [
      'since=garbage',
      'since=tw1.AAAA',
      `since=tw1.${Buffer.from('999999').toString('base64url')}`,
      'limit=-3',
      'limit=abc',
      'locale=kr',
    ]) {
      const response = await t.rest('GET', `/api/twinning/changes?${query}`, { token: editor })
      expect([query, response.status]).toEqual([query, 400])
    }
  })

  it('replayed from the start, tells exactly which document-locales are public', async () => {
    // Some more history: published, updated, withdrawn and deleted releases.
    for (let n = 0; n < 4; n++) {
      const id = await germanDraft()
      for (const locale of ['de', 'en', 'ko'] as const) {
        if (locale !== 'de') await saveDraft('news', id, locale, RELEASE[locale])
        await setStatus('news', id, locale, 'published')
      }
      if (n % 2) await setStatus('news', id, 'en', 'unpublished')
      if (n === 3) await t.rest('DELETE', `/api/news/${id}`, { token: editor })
    }
    const mirror = new Set<string>()
    for (const entry of (await changes('')).changes) {
      const key = `${entry.collection}:${entry.id}:${entry.locale}`
      if (entry.change === 'published' || entry.change === 'updated') mirror.add(key)
      else mirror.delete(key)
    }
    const truth = new Set<string>()
    for (const collection of ['news', 'photos'] as const) {
      for (const locale of LOCALES) {
        const page = await findPublic(t.payload, { collection, limit: 100, locale })
        for (const doc of page.docs) truth.add(`${collection}:${doc.id}:${locale}`)
      }
    }
    expect([...mirror].sort()).toEqual([...truth].sort())
  })
})

describe('the change feed for API keys and with include=doc', () => {
  type Client = Record<string, unknown>
  const keys = {
    nanjing: 'log-nanjing-zh-en-key-0000000001',
    zhNews: 'log-zh-news-key-000000000000002',
  }
  const clients: Record<keyof typeof keys, Client> = {} as never
  let nanjing: Id
  let sejong: Id
  /** Tagged with Nanjing, public in de and zh. */
  let aboutNanjing: Id
  /** Tagged with Sejong, public in zh. */
  let aboutSejong: Id
  let photo: Id
  let start = ''

  const auth = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })
  const feed = async (query: string, headers: Record<string, string>) => {
    const response = await t.rest('GET', `/api/twinning/changes?${query}`, {
      headers: { 'Accept-Language': 'en', ...headers },
    })
    return {
      body: (await response.json()) as {
        changes: Change[]
        errors?: Array<{ message: string }>
        hasMore: boolean
        nextCursor: string
      },
      status: response.status,
    }
  }
  const staff = () => ({ Authorization: `JWT ${editor}` })
  const since = (query = '') => `since=${start}&limit=1000${query}`

  async function publish(
    collection: 'news' | 'partner-cities',
    data: Record<string, unknown>,
    locales: ReleaseLocale[],
    localized: (locale: ReleaseLocale) => Record<string, unknown>,
  ): Promise<Id> {
    const [first, ...rest] = locales
    const doc = await t.payload.create({
      collection,
      data: { ...data, ...localized(first!), _status: 'published' } as never,
      locale: first,
    })
    for (const locale of rest)
      await t.payload.update({
        collection,
        data: { ...localized(locale), _status: 'published' } as never,
        id: doc.id,
        locale,
      })
    return doc.id
  }

  beforeAll(async () => {
    start = (await feed('limit=1', staff())).body.nextCursor
    const head = await feed(`since=${start}&limit=1000`, staff())
    start = head.body.nextCursor
    const city = { country: 'CN', relationship: 'twinCity', timeZone: 'Asia/Shanghai' }
    nanjing = await publish('partner-cities', city, ['de', 'zh', 'en'], (l) => ({
      name: `Nanjing ${l}`,
    }))
    sejong = await publish('partner-cities', city, ['de', 'zh'], (l) => ({ name: `Sejong ${l}` }))
    aboutNanjing = await publish(
      'news',
      { partnerCities: [nanjing], publishedAt: '2026-05-01T08:00:00.000Z' },
      ['de', 'zh'],
      (l) => ({ ...RELEASE[l] }),
    )
    aboutSejong = await publish(
      'news',
      { partnerCities: [sejong], publishedAt: '2026-05-02T08:00:00.000Z' },
      ['zh'],
      (l) => ({ ...RELEASE[l], title: `${RELEASE[l].title} (Sejong)` }),
    )
    // Public in German only; the public reads it in every locale through the fallback chain.
    photo = (await createPublishedPhoto(t.payload, { alt: 'Rathaus', credit: 'Stadt' })).id
    for (const [name, data] of [
      ['zhNews', { collections: ['news'], locales: ['zh'] }],
      [
        'nanjing',
        {
          collections: ['news', 'partner-cities', 'photos'],
          locales: ['zh', 'en'],
          partnerCity: nanjing,
        },
      ],
    ] as const) {
      const created = await t.payload.create({
        collection: 'api-clients',
        data: { ...data, apiKey: keys[name], name } as never,
      })
      clients[name] = (await t.payload.findByID({
        collection: 'api-clients',
        depth: 0,
        id: created.id,
      })) as unknown as Client
    }
  })

  it('gives staff tombstones and, with include=doc, the document as the public reads it now', async () => {
    const plain = await feed(since(), staff())
    expect(plain.status).toBe(200)
    for (const entry of plain.body.changes) {
      expect(entry.doc).toBeUndefined()
      expect(entry.tombstone).toBeUndefined() // nothing was withdrawn yet
    }
    const withDocs = await feed(since('&include=doc'), staff())
    const zh = withDocs.body.changes.find(
      (c) => c.collection === 'news' && c.id === String(aboutNanjing) && c.locale === 'zh',
    )!
    expect(zh.change).toBe('published')
    expect(zh.doc).toEqual(
      await findPublicByID(t.payload, {
        collection: 'news',
        depth: 0,
        id: aboutNanjing,
        locale: 'zh',
      }),
    )
    expect(zh.doc!.partnerCities).toEqual([nanjing])
    const deeper = await feed(since('&include=doc&depth=1&locale=zh&collections=news'), staff())
    const populated = deeper.body.changes.find((c) => c.id === String(aboutNanjing))!
    expect(populated.doc!.partnerCities).toEqual([
      expect.objectContaining({ id: nanjing, name: 'Nanjing zh' }),
    ])
    expect(deeper.body.changes.every((c) => c.collection === 'news' && c.locale === 'zh')).toBe(
      true,
    )

    // Withdrawn in zh: the entries that published it now say so, the withdrawal is a tombstone.
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'unpublished' } as never,
      id: aboutNanjing,
      locale: 'zh',
    })
    const after = (await feed(since('&include=doc'), staff())).body.changes.filter(
      (c) => c.collection === 'news' && c.id === String(aboutNanjing) && c.locale === 'zh',
    )
    expect(after.map(({ change, doc, tombstone }) => ({ change, doc, tombstone }))).toEqual([
      { change: 'withdrawn', doc: undefined, tombstone: true },
      { change: 'withdrawn', doc: undefined, tombstone: true },
    ])
    // Without include=doc, staff read the log as it is.
    const raw = (await feed(since(), staff())).body.changes.filter(
      (c) => c.id === String(aboutNanjing) && c.locale === 'zh' && c.collection === 'news',
    )
    expect(raw.map((c) => [c.change, c.tombstone])).toEqual([
      ['published', undefined],
      ['withdrawn', true],
    ])
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published' } as never,
      id: aboutNanjing,
      locale: 'zh',
    })
  })

  it('gives a key only its collections and languages, and what it can read now', async () => {
    const zhNews = await feed(since('&include=doc'), auth(keys.zhNews))
    expect(zhNews.status).toBe(200)
    expect(zhNews.body.changes.length).toBeGreaterThan(0)
    for (const entry of zhNews.body.changes) {
      expect([entry.collection, entry.locale]).toEqual(['news', 'zh'])
      if (!entry.tombstone)
        expect(entry.doc).toEqual(
          await findPublicByID(t.payload, {
            client: clients.zhNews,
            collection: 'news',
            depth: 0,
            id: entry.id,
            locale: 'zh',
          }),
        )
    }
    expect(new Set(zhNews.body.changes.map((c) => c.id))).toEqual(
      new Set([String(aboutNanjing), String(aboutSejong)]),
    )

    // Nanjing's key: Sejong, its release and the photo public only in German are tombstones.
    for (const query of [since(), since('&include=doc')]) {
      const city = await feed(query, auth(keys.nanjing))
      expect(city.status).toBe(200)
      const live = new Set<string>()
      for (const entry of city.body.changes) {
        expect(['zh', 'en']).toContain(entry.locale)
        expect(['news', 'partner-cities', 'photos']).toContain(entry.collection)
        const name = `${entry.collection} ${entry.id} ${entry.locale}`
        if (entry.tombstone) {
          expect(entry.change).toMatch(/withdrawn|deleted/)
          expect(entry.doc).toBeUndefined()
          live.delete(name)
        } else {
          expect(entry.change).toMatch(/published|updated/)
          expect(Boolean(entry.doc)).toBe(query.includes('include=doc'))
          live.add(name)
        }
      }
      expect([...live].sort()).toEqual(
        [
          `news ${aboutNanjing} zh`,
          `partner-cities ${nanjing} en`,
          `partner-cities ${nanjing} zh`,
        ].sort(),
      )
      const seen = city.body.changes.map((c) => `${c.collection} ${c.id}`)
      expect(seen).toContain(`news ${aboutSejong}`)
      expect(seen).toContain(`photos ${photo}`)
      expect(seen).toContain(`partner-cities ${sejong}`)
      expect(JSON.stringify(city.body)).not.toContain('Sejong zh')
      expect(JSON.stringify(city.body)).not.toContain('Rathaus')
    }
  })

  it('moves nextCursor past entries that are not the reader’s, and pages exactly', async () => {
    // German-only news: nothing for the zh key, but its cursor moves past them.
    const before = await feed(since(), auth(keys.zhNews))
    const ids: Id[] = []
    for (let n = 0; n < 3; n++)
      ids.push(
        await publish('news', { publishedAt: '2026-05-03T08:00:00.000Z' }, ['de'], (l) => ({
          ...RELEASE[l],
        })),
      )
    const next = await feed(`since=${before.body.nextCursor}`, auth(keys.zhNews))
    expect(next.body).toMatchObject({ changes: [], hasMore: false })
    expect(next.body.nextCursor).not.toBe(before.body.nextCursor)
    expect((await feed(`since=${next.body.nextCursor}`, auth(keys.zhNews))).body.changes).toEqual(
      [],
    )
    // A zh publish after that is the next entry the key gets.
    await t.payload.update({
      collection: 'news',
      data: { ...RELEASE.zh, _status: 'published' } as never,
      id: ids[0]!,
      locale: 'zh',
    })
    const zh = await feed(`since=${next.body.nextCursor}&include=doc`, auth(keys.zhNews))
    expect(zh.body.changes.map((c) => [c.change, c.id, c.locale])).toEqual([
      ['published', String(ids[0]), 'zh'],
    ])
    // Pages of 2 join up to the whole, and a full page ends at its last entry.
    const whole = (await feed(since(), staff())).body.changes
    const paged: Change[] = []
    let cursor = start
    for (let more = true; more;) {
      const page = await feed(`since=${cursor}&limit=2`, staff())
      expect(page.body.changes.length).toBeLessThanOrEqual(2)
      if (page.body.hasMore) expect(page.body.nextCursor).toBe(page.body.changes[1]!.cursor)
      paged.push(...page.body.changes)
      cursor = page.body.nextCursor
      more = page.body.hasMore
    }
    expect(paged).toEqual(whole)
  })

  it('refuses bad input: 401 without or with a bad key, 403 outside the key, 400 for bad values', async () => {
    const cases: Array<[string, Record<string, string>, number, RegExp?]> = [
      ['', {}, 401],
      ['include=doc', {}, 401],
      ['', { Authorization: 'api-clients API-Key short' }, 401, /must read/],
      ['', auth('log-unknown-key-00000000000000000'), 401, /not known/],
      ['locale=de', auth(keys.zhNews), 403, /language/],
      ['locale=en', auth(keys.zhNews), 403, /language/],
      ['collections=events', auth(keys.zhNews), 403, /may not read/],
      ['collection=photos', auth(keys.zhNews), 403, /may not read/],
      ['collections=news,events', auth(keys.zhNews), 403, /may not read/],
      ['since=garbage', auth(keys.zhNews), 400, /not a valid cursor/],
      [
        `since=tw1.${Buffer.from('99999999').toString('base64url')}`,
        staff(),
        400,
        /does not exist/,
      ],
      ['include=body', staff(), 400],
      ['include=doc,author', auth(keys.zhNews), 400],
      ['include=doc&depth=3', staff(), 400],
      ['include=doc&depth=-1', staff(), 400],
      ['depth=abc', auth(keys.zhNews), 400],
      ['collections=users', staff(), 400, /Unknown collection/],
      ['collections=,', staff(), 400, /Unknown collection/],
      ['limit=abc', staff(), 400],
      ['locale=all', staff(), 400, /Unknown locale/],
    ]
    for (const [query, headers, status, message] of cases) {
      const answer = await feed(query, headers)
      expect({ query, status: answer.status }).toEqual({ query, status })
      if (message) expect(answer.body.errors?.[0]?.message).toMatch(message)
    }
    // A user without a newsroom role is no reader of the feed.
    const nobody = await createUser(t.payload, [])
    const token = await t.login(nobody.email, nobody.password)
    expect((await feed('', { Authorization: `JWT ${token}` })).status).toBe(403)
  })

  it('holds a key to its scope in the endpoint itself, behind no gate', async () => {
    const direct = (query: string) =>
      handleEndpoints({
        config: t.config,
        request: new Request(`http://localhost:3000/api/twinning/changes?${query}`, {
          headers: auth(keys.zhNews),
        }),
      })
    expect((await direct('locale=de')).status).toBe(403)
    expect((await direct('collections=photos')).status).toBe(403)
    const body = (await (await direct(since())).json()) as { changes: Change[] }
    expect(body.changes.length).toBeGreaterThan(0)
    expect(body.changes.every((c) => c.collection === 'news' && c.locale === 'zh')).toBe(true)
  })
})
