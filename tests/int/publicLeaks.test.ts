import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { findPublic, findPublicByID } from '../../src/publication/findPublic.js'
import { RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * Withdrawn and never-published text, attacked from the outside: every public route must answer
 * as if that text did not exist. Marker strings make any leak easy to spot in a whole response.
 */
const WITHDRAWN = 'WITHDRAWN-EN-KICKER'
const WITHDRAWN_TITLE = 'Withdrawn English headline about Nanjing'
const DRAFT_ONLY = 'NEVER-PUBLISHED-KO-TEXT'
const WITHDRAWN_CAPTION = 'WITHDRAWN-EN-CAPTION'

let t: TestPayload
type Id = number | string
let release: Id
let photo: Id
let withdrawnAll: Id

const publish = (
  collection: 'news' | 'photos',
  id: Id,
  locale: string,
  localeStatus = 'published',
) =>
  t.payload.update({
    collection,
    data: { localeStatus } as never,
    depth: 0,
    id,
    locale: locale as never,
  })
const draft = (
  collection: 'news' | 'photos',
  id: Id,
  locale: string,
  data: Record<string, unknown>,
) =>
  t.payload.update({
    collection,
    data: data as never,
    depth: 0,
    draft: true,
    id,
    locale: locale as never,
  })

const body = async (response: Response) => ({
  status: response.status,
  text: await response.text(),
})
const leaks = (text: string) =>
  [WITHDRAWN, WITHDRAWN_TITLE, DRAFT_ONLY, WITHDRAWN_CAPTION].filter((m) => text.includes(m))

beforeAll(async () => {
  t = await startTestPayload()
  const image = await sharp({
    create: { background: '#a53a3a', channels: 3, height: 40, width: 60 },
  })
    .jpeg()
    .toBuffer()
  const created = await t.payload.create({
    collection: 'photos',
    data: {
      _status: 'draft',
      alt: 'Rathaus',
      caption: 'Empfang im Rathaus',
      credit: 'Stadt Stuttgart',
      licence: 'pressOnly',
    },
    draft: true,
    file: {
      data: image,
      mimetype: 'image/jpeg',
      name: `leak-${Date.now()}.jpg`,
      size: image.length,
    },
    locale: 'de',
  })
  photo = created.id
  await publish('photos', photo, 'de')
  await draft('photos', photo, 'en', { alt: 'City Hall', caption: WITHDRAWN_CAPTION })
  await publish('photos', photo, 'en')
  // Content shows a photo only where it has an alt text of the locale (src/photos/credits): the
  // photo is public in zh and en while the release is published there, and withdrawn after.
  await draft('photos', photo, 'zh', { alt: '市政厅' })
  await publish('photos', photo, 'zh')

  // Published in de and zh with empty kickers; en published with a kicker, then withdrawn; ko a draft.
  const doc = await t.payload.create({
    collection: 'news',
    data: { ...RELEASE.de, heroPhoto: photo, publishedAt: '2026-03-10T09:00:00.000Z' } as never,
    depth: 0,
    draft: true,
    locale: 'de',
  })
  release = doc.id
  await publish('news', release, 'de')
  await draft('news', release, 'zh', { ...RELEASE.zh })
  await publish('news', release, 'zh')
  await draft('news', release, 'en', { ...RELEASE.en, kicker: WITHDRAWN, title: WITHDRAWN_TITLE })
  await publish('news', release, 'en')
  await publish('news', release, 'en', 'unpublished')
  await publish('photos', photo, 'en', 'unpublished')
  await publish('photos', photo, 'zh', 'unpublished')
  await draft('news', release, 'ko', { ...RELEASE.ko, kicker: DRAFT_ONLY, title: DRAFT_ONLY })

  // Published in de, then withdrawn: nothing of it is public.
  const gone = await t.payload.create({
    collection: 'news',
    data: {
      ...RELEASE.de,
      title: `${WITHDRAWN_TITLE} (de)`,
      publishedAt: '2026-03-11T09:00:00.000Z',
    },
    depth: 0,
    draft: true,
    locale: 'de',
  })
  withdrawnAll = gone.id
  await publish('news', withdrawnAll, 'de')
  await publish('news', withdrawnAll, 'de', 'unpublished')
})
afterAll(async () => t?.close())

describe('withdrawn and never-published text never reaches a public reader', () => {
  it('the stored document really holds the withdrawn text (the attack has something to find)', async () => {
    const raw = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      id: release,
      locale: 'all',
    })
    expect((raw.kicker as unknown as Record<string, string>).en).toBe(WITHDRAWN)
  })

  it.each([
    ['by id, zh (empty kicker, en in its chain)', () => `/api/news/${release}?locale=zh&depth=0`],
    ['by id, zh, depth 2', () => `/api/news/${release}?locale=zh&depth=2`],
    ['by id, named fallback en', () => `/api/news/${release}?locale=zh&fallback-locale=en&depth=1`],
    [
      'by id, ko with fallback de',
      () => `/api/news/${release}?locale=ko&fallback-locale=de&depth=1`,
    ],
    ['list, zh', () => `/api/news?locale=zh&depth=1`],
    ['list, ko with fallback de', () => `/api/news?locale=ko&fallback-locale=de&depth=1`],
    ['list, de', () => `/api/news?locale=de&depth=1&limit=100`],
    ['locale=all', () => `/api/news/${release}?locale=all&depth=1`],
    ['list locale=all', () => `/api/news?locale=all&depth=1`],
    [
      'select leaving out availableLocales, with a fallback',
      () =>
        `/api/news/${release}?locale=en&fallback-locale=de&select[title]=true&select[kicker]=true`,
    ],
    [
      'select excluding the deciding fields',
      () =>
        `/api/news/${release}?locale=en&fallback-locale=de&select[publishedIn]=false&select[_status]=false`,
    ],
    [
      'populate selecting only the caption',
      () => `/api/news/${release}?locale=zh&depth=1&populate[photos][caption]=true`,
    ],
    ['the photo in zh (chain zh → en → de)', () => `/api/photos/${photo}?locale=zh`],
    ['the photo in en with fallback de', () => `/api/photos/${photo}?locale=en&fallback-locale=de`],
    ['photos list in ja', () => `/api/photos?locale=ja`],
    ['draft=true', () => `/api/news/${release}?locale=ko&draft=true&fallback-locale=de`],
  ])('%s', async (_name, url) => {
    const { status, text } = await body(await t.rest('GET', url()))
    expect(leaks(text)).toEqual([])
    expect([200, 404]).toContain(status)
  })

  it('serves the zh kicker empty rather than filled from withdrawn English', async () => {
    const json = await (await t.rest('GET', `/api/news/${release}?locale=zh&depth=0`)).json()
    expect(json.title).toBe(RELEASE.zh.title)
    expect(json.kicker ?? null).toBeNull()
    expect(json._locale).toEqual({ requested: 'zh', served: 'zh' })
    expect(json.availableLocales).toEqual(['de', 'zh'])
    expect(json).not.toHaveProperty('publishedIn')
    expect(json).not.toHaveProperty('translationTracking')
    expect(json).not.toHaveProperty('localeStatus')
  })

  it('serves the photo from the first public locale of the chain and filters locale=all', async () => {
    const zh = await (await t.rest('GET', `/api/photos/${photo}?locale=zh`)).json()
    expect(zh.caption).toBe('Empfang im Rathaus')
    expect(zh._locale).toEqual({ requested: 'zh', served: 'de' })
    const all = await (await t.rest('GET', `/api/news/${release}?locale=all&depth=0`)).json()
    expect(Object.keys(all.title).sort()).toEqual(['de', 'zh'])
    expect(all._locale).toEqual({ requested: 'all', served: ['de', 'zh'] })
  })

  it.each([
    ['title.en like', `where[title.en][like]=Withdrawn&locale=de`],
    ['kicker.en equals', `where[kicker.en][equals]=${WITHDRAWN}&locale=zh`],
    ['title.ko like (never published)', `where[title.ko][like]=NEVER&locale=de`],
    ['locale=all with title.en', `where[title.en][like]=Withdrawn&locale=all`],
    ['bare title with a fallback', `where[title][like]=Withdrawn&locale=en&fallback-locale=de`],
    [
      'inside or',
      `where[or][0][kicker.en][exists]=true&where[or][1][title.ko][like]=NEVER&locale=de`,
    ],
    ['withdrawn everywhere', `where[title][like]=${encodeURIComponent(WITHDRAWN_TITLE)}&locale=de`],
    // Payload and every adapter read `and`/`or` in any letter case; GraphQL writes them upper case.
    ['inside OR', `where[OR][0][kicker.en][exists]=true&locale=de`],
    ['inside Or', `where[Or][0][title.en][like]=Withdrawn&locale=de`],
    ['inside AND', `where[AND][0][title.en][like]=Withdrawn&locale=de`],
    ['OR nested in and', `where[and][0][OR][0][kicker.en][equals]=${WITHDRAWN}&locale=de`],
    [
      'OR beside or',
      `where[or][0][id][exists]=true&where[OR][0][title.en][like]=Withdrawn&locale=de`,
    ],
    // qs reads an index past its array limit as an object key.
    ['or past the array limit', `where[or][25][title.en][like]=Withdrawn&locale=de`],
    ['OR with id', `where[id][equals]=__ID__&where[OR][0][title.en][like]=Withdrawn&locale=de`],
    // Payload reads `__` as `.` (GraphQL names group fields so).
    ['kicker__en equals', `where[kicker__en][equals]=${WITHDRAWN}&locale=de`],
    ['title__en like inside or', `where[or][0][title__en][like]=Withdrawn&locale=zh`],
    [
      'both spellings of one path',
      `where[title.zh][exists]=true&where[title__en][like]=Withdrawn&locale=de`,
    ],
  ])('a filter on hidden text matches nothing: %s (list and count)', async (_name, template) => {
    const query = template.replace('__ID__', String(release))
    const list = await (await t.rest('GET', `/api/news?${query}&depth=0`)).json()
    expect(list.totalDocs).toBe(0)
    const count = await (await t.rest('GET', `/api/news/count?${query}`)).json()
    expect(count.totalDocs).toBe(0)
  })

  it('a filter on public text still matches', async () => {
    const zh = await (
      await t.rest(
        'GET',
        `/api/news?where[title.zh][like]=${encodeURIComponent('南京')}&locale=de&depth=0`,
      )
    ).json()
    expect(zh.docs.map((d: { id: Id }) => d.id)).toEqual([release])
    const own = await (
      await t.rest('GET', `/api/news?where[title][like]=Nanjing&locale=de&depth=0`)
    ).json()
    expect(own.totalDocs).toBe(1)
  })

  it.each([
    ['an internal field', `where[localeStatus.ko][equals]=draft&locale=de`, /localeStatus/],
    [
      'a path into a related document',
      `where[heroPhoto.caption][like]=WITHDRAWN&locale=de`,
      /heroPhoto\.caption/,
    ],
    ['a bare localized path with locale=all', `where[title][like]=x&locale=all`, /locale=all/],
    [
      'a sort by a localized field with a fallback',
      `sort=title&locale=ko&fallback-locale=de`,
      /title/,
    ],
    ['a sort by another locale', `sort=title.en&locale=de`, /title\.en/],
    [
      'an internal field spelled with __',
      `where[localeStatus__ko][equals]=draft&locale=de`,
      /localeStatus/,
    ],
    ['a related path spelled with __', `where[heroPhoto__caption][like]=x&locale=de`, /heroPhoto/],
    [
      'a where nested in contains (related documents, no read rule)',
      `where[partnerCities][contains][name][like]=x&locale=de`,
      /partnerCities/,
    ],
    [
      'a where nested in contains, inside or',
      `where[or][0][gallery][contains][caption.en][like]=x&locale=de`,
      /gallery/,
    ],
    [
      'an internal field inside OR',
      `where[OR][0][localeStatus.ko][equals]=draft&locale=de`,
      /localeStatus/,
    ],
    [
      'a related path inside AND',
      `where[AND][0][heroPhoto.caption][like]=x&locale=de`,
      /heroPhoto/,
    ],
  ])('refuses %s with 400', async (_name, query, message) => {
    const response = await t.rest('GET', `/api/news?${query}`)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(message)
  })

  it('GraphQL: neither the withdrawn kicker nor the withdrawn caption', async () => {
    const result = await t.graphql(
      `{ NewsItem(id: ${JSON.stringify(release)}, locale: zh) { title kicker heroPhoto { caption } }
         News(locale: zh, where: { kicker: { equals: "${WITHDRAWN}" } }) { totalDocs }
         en: News(locale: de, where: { title: { like: "Withdrawn" } }) { totalDocs } }`,
    )
    // GraphQL writes AND/OR in upper case; with the URL's fallback, en and de are servable.
    const junctions = await t.graphql(
      `{ orEn: News(locale: en, where: { OR: [{ title: { like: "Withdrawn" } }] }) { totalDocs }
         andEn: News(locale: en, where: { AND: [{ kicker: { equals: "${WITHDRAWN}" } }] }) { totalDocs }
         plain: News(locale: en) { totalDocs } }`,
      undefined,
      '?fallback-locale=de',
    )
    expect(junctions.errors).toBeUndefined()
    expect(junctions.data?.plain.totalDocs).toBeGreaterThan(0)
    expect(junctions.data?.orEn.totalDocs).toBe(0)
    expect(junctions.data?.andEn.totalDocs).toBe(0)
    expect(JSON.stringify(result)).not.toContain(WITHDRAWN)
    expect(JSON.stringify(result)).not.toContain(WITHDRAWN_CAPTION)
    expect(result.data?.NewsItem.title).toBe(RELEASE.zh.title)
    expect(result.data?.News.totalDocs).toBe(0)
  })

  it('findPublic and findPublicByID: nothing hidden either', async () => {
    const byId = await findPublicByID(t.payload, {
      collection: 'news',
      depth: 2,
      id: release,
      locale: 'zh',
    })
    const list = await findPublic(t.payload, {
      collection: 'news',
      depth: 2,
      fallbackLocale: 'de',
      locale: 'en',
      limit: 100,
    })
    const filtered = await findPublic(t.payload, {
      collection: 'news',
      locale: 'de',
      where: { 'title.en': { like: 'Withdrawn' } },
    })
    expect(leaks(JSON.stringify([byId, list]))).toEqual([])
    expect(filtered.totalDocs).toBe(0)
    expect(
      await findPublicByID(t.payload, { collection: 'news', id: withdrawnAll, locale: 'de' }),
    ).toBeNull()
  })

  it('the default sort never orders by withdrawn text (partner cities by name, read with a fallback)', async () => {
    const city = async (de: string, ko: string) => {
      const doc = await t.payload.create({
        collection: 'partner-cities',
        data: {
          country: 'KR',
          name: de,
          relationship: 'twinCity',
          timeZone: 'Asia/Seoul',
        } as never,
        depth: 0,
        draft: true,
        locale: 'de',
      })
      await t.payload.update({
        collection: 'partner-cities',
        data: { localeStatus: 'published' } as never,
        id: doc.id,
        locale: 'de',
      })
      await t.payload.update({
        collection: 'partner-cities',
        data: { name: ko } as never,
        draft: true,
        id: doc.id,
        locale: 'ko',
      })
      for (const localeStatus of ['published', 'unpublished'])
        await t.payload.update({
          collection: 'partner-cities',
          data: { localeStatus } as never,
          id: doc.id,
          locale: 'ko',
        })
      return doc.id
    }
    // By the withdrawn Korean names, the second city would come first (가 < 하).
    const first = await city('Aalen-Partner', '하')
    const second = await city('Zwickau-Partner', '가')
    const list = await (
      await t.rest('GET', '/api/partner-cities?locale=ko&fallback-locale=de&depth=0&limit=100')
    ).json()
    const order = list.docs
      .map((doc: { id: Id }) => doc.id)
      .filter((id: Id) => id === first || id === second)
    expect(order).toEqual([first, second])
  })

  it('_status tells the truth: a release with no public locale is not published', async () => {
    const raw = await t.payload.findByID({ collection: 'news', depth: 0, id: withdrawnAll })
    expect(raw._status).toBe('draft')
    expect(raw.availableLocales).toEqual([])
    const again = await publish('news', withdrawnAll, 'de')
    expect(again._status).toBe('published')
    await publish('news', withdrawnAll, 'de', 'unpublished')
  })
})
