import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createRelease, RELEASE, type ReleaseLocale } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
  console.log(`localization suite on ${t.database.kind}`)
})
afterAll(async () => t?.close())

const LOCALES = Object.keys(RELEASE) as ReleaseLocale[]

describe('a press release written in German and translated into four locales', () => {
  it('reads back every locale through the Local API', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh', 'ko', 'ja'] })
    for (const locale of LOCALES) {
      const read = await t.payload.findByID({ collection: 'news', depth: 0, id: doc.id, locale })
      expect({ locale, title: read.title, lead: read.lead }).toEqual({ locale, ...RELEASE[locale] })
    }
  })

  it('reads back every locale through the REST handlers', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh', 'ko', 'ja'] })
    for (const locale of LOCALES) {
      const response = await t.rest('GET', `/api/news/${doc.id}?locale=${locale}&depth=0`)
      expect(response.status).toBe(200)
      const json = await response.json()
      expect({ locale, title: json.title, lead: json.lead }).toEqual({ locale, ...RELEASE[locale] })
    }
    const list = await t.rest('GET', `/api/news?locale=ja&depth=0&where[id][equals]=${doc.id}`)
    expect((await list.json()).docs[0].title).toBe(RELEASE.ja.title)
  })

  it('keeps non-localized fields shared across locales', async () => {
    const doc = await createRelease(t.payload, { locales: ['ko'] })
    const ko = await t.payload.findByID({ collection: 'news', depth: 0, id: doc.id, locale: 'ko' })
    expect(ko.topics).toEqual(['mobility', 'culture'])
    expect(ko.publishedAt).toBe('2026-03-10T09:00:00.000Z')
  })

  it('answers 404 for a locale that is not published, and serves a fallback only when the request names it', async () => {
    const germanOnly = await createRelease(t.payload)
    const withEnglish = await createRelease(t.payload, { locales: ['en'] })

    expect((await t.rest('GET', `/api/news/${germanOnly.id}?locale=ko&depth=0`)).status).toBe(404)
    expect(
      (await t.rest('GET', `/api/news/${germanOnly.id}?locale=ko&fallback-locale=none&depth=0`))
        .status,
    ).toBe(404)

    const koFromDe = await (
      await t.rest('GET', `/api/news/${germanOnly.id}?locale=ko&fallback-locale=de&depth=0`)
    ).json()
    expect(koFromDe.title).toBe(RELEASE.de.title)
    expect(koFromDe._locale).toEqual({ requested: 'ko', served: 'de' })
    const zhFromEn = await (
      await t.rest('GET', `/api/news/${withEnglish.id}?locale=zh&fallback-locale=en&depth=0`)
    ).json()
    expect(zhFromEn.title).toBe(RELEASE.en.title)
    expect(zhFromEn._locale).toEqual({ requested: 'zh', served: 'en' })
    const own = await (
      await t.rest('GET', `/api/news/${withEnglish.id}?locale=en&fallback-locale=de&depth=0`)
    ).json()
    expect(own._locale).toEqual({ requested: 'en', served: 'en' })
  })

  it('within a published locale, an empty optional field falls back along the chain (Payload field fallback)', async () => {
    const doc = await createRelease(t.payload, { locales: ['en'] })
    await t.payload.update({
      collection: 'news',
      data: { kicker: 'Partnerstädte' },
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    await t.payload.update({
      collection: 'news',
      data: { _status: 'published' },
      id: doc.id,
      locale: 'de',
    })
    const en = await (await t.rest('GET', `/api/news/${doc.id}?locale=en&depth=0`)).json()
    expect(en.title).toBe(RELEASE.en.title)
    expect(en.kicker).toBe('Partnerstädte')
  })

  it('returns every locale at once with locale=all', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh', 'ko', 'ja'] })
    const json = await (await t.rest('GET', `/api/news/${doc.id}?locale=all&depth=0`)).json()
    expect(json.title).toEqual(Object.fromEntries(LOCALES.map((l) => [l, RELEASE[l].title])))
    const local = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      id: doc.id,
      locale: 'all',
    })
    expect((local.lead as unknown as Record<string, string>).zh).toBe(RELEASE.zh.lead)
  })

  it('makes a romanized slug per locale (earlier releases of this file hold the bare ones)', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh'] })
    const all = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      id: doc.id,
      locale: 'all',
    })
    const slug = all.slug as unknown as Record<string, string>
    expect(slug.de).toMatch(/^delegation-aus-nanjing-im-rathaus(-\d+)?$/)
    expect(slug.en).toMatch(/^nanjing-delegation-visits-city-hall(-\d+)?$/)
    expect(slug.zh).toMatch(/^nanjing-daibiaotuan-fangwen-shizhengting(-\d+)?$/)
  })
})

describe('bad input', () => {
  it('answers 400 with the valid locales for a locale that is not configured', async () => {
    for (const path of [
      '/api/news?locale=kr',
      '/api/news/1?locale=fr',
      '/api/partner-cities?locale=zh-TW',
      '/api/events?locale=xx',
    ]) {
      const response = await t.rest('GET', path, { headers: { 'Accept-Language': 'en' } })
      expect({ path, status: response.status }).toEqual({ path, status: 400 })
      const json = await response.json()
      expect(json.errors[0].message).toMatch(/Valid locales: de, en, zh, ko, ja, all/)
    }
  })

  it('explains the unknown locale in the language the client asks for, German by default', async () => {
    const german = await (await t.rest('GET', '/api/news?locale=kr')).json()
    expect(german.errors[0].message).toMatch(/^Unbekannte Sprache/)
    const korean = await (
      await t.rest('GET', '/api/news?locale=kr', { headers: { 'Accept-Language': 'ko' } })
    ).json()
    expect(korean.errors[0].message).toMatch(/[\uac00-\ud7a3]/)
  })

  it('answers 400 for an unknown fallback-locale', async () => {
    const response = await t.rest('GET', '/api/news?locale=ko&fallback-locale=klingon', {
      headers: { 'Accept-Language': 'en' },
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/fallback-locale "klingon"/)
  })

  it('refuses a create without a required field, naming the field and the locale, and stores nothing', async () => {
    const { id: editorId } = await t.payload.create({
      collection: 'users',
      data: {
        email: `ed-${Date.now()}@twinning.test`,
        password: 'pw-long-enough',
        roles: ['editor'],
      },
    })
    const token = await t.login(
      (await t.payload.findByID({ collection: 'users', id: editorId })).email,
      'pw-long-enough',
    )
    const before = (await t.payload.count({ collection: 'news' })).totalDocs
    const response = await t.rest('POST', '/api/news?locale=ko', {
      body: { _status: 'published', title: '제목만 있는 보도자료' },
      headers: { 'Accept-Language': 'en' },
      token,
    })
    expect(response.status).toBe(400)
    const json = await response.json()
    const errors = json.errors[0].data.errors as { message: string; path: string }[]
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'lead', message: expect.stringContaining('ko') }),
      ]),
    )
    expect((await t.payload.count({ collection: 'news' })).totalDocs).toBe(before)
  })

  it('refuses to publish a locale whose required field is empty there', async () => {
    const doc = await createRelease(t.payload, { locales: ['en'] })
    await expect(
      t.payload.update({
        collection: 'news',
        data: { _status: 'published', title: '' },
        id: doc.id,
        locale: 'en',
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({ path: 'title', message: expect.stringContaining('en') }),
        ],
      },
    })
    expect(
      (await t.payload.findByID({ collection: 'news', depth: 0, id: doc.id, locale: 'en' })).title,
    ).toBe(RELEASE.en.title)
  })

  it.each([
    ['country', { country: 'XX' }],
    ['relationship', { relationship: 'soulmates' }],
    ['timeZone', { timeZone: 'Asia/Atlantis' }],
    ['timeZone', { timeZone: 'asia/shanghai' }],
    ['website', { website: 'javascript:alert(1)' }],
  ])('rejects an invalid %s with 400 naming the field', async (field, invalid) => {
    const valid = {
      country: 'CN',
      name: 'Nanjing',
      relationship: 'friendshipCity',
      timeZone: 'Asia/Shanghai',
      _status: 'published',
    }
    const before = (await t.payload.count({ collection: 'partner-cities' })).totalDocs
    const error = await t.payload
      .create({
        collection: 'partner-cities',
        data: { ...valid, ...invalid } as never,
        locale: 'de',
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: field })] },
    })
    expect((await t.payload.count({ collection: 'partner-cities' })).totalDocs).toBe(before)
  })
})
