import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createUser, RELEASE, type ReleaseLocale } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let translator: string

beforeAll(async () => {
  t = await startTestPayload()
  await createUser(t.payload, ['admin'])
  const zh = await createUser(t.payload, ['translator'], ['zh'])
  translator = await t.login(zh.email, zh.password)
})
afterAll(async () => t?.close())

const LOCALES: ReleaseLocale[] = ['de', 'en', 'zh', 'ko', 'ja']
type Id = number | string

/** A German draft with draft texts in all other locales: nothing is public yet. */
async function draftInAllLocales(): Promise<Id> {
  const doc = await t.payload.create({
    collection: 'news',
    data: { ...RELEASE.de, publishedAt: '2026-03-10T09:00:00.000Z' },
    depth: 0,
    draft: true,
    locale: 'de',
  })
  for (const locale of LOCALES.slice(1))
    await t.payload.update({
      collection: 'news',
      data: RELEASE[locale],
      draft: true,
      id: doc.id,
      locale,
    })
  return doc.id
}

const setStatus = (id: Id, locale: ReleaseLocale, localeStatus: string) =>
  t.payload.update({ collection: 'news', data: { localeStatus } as never, depth: 0, id, locale })

/** Per locale: the status in the latest version, and whether the public can read that locale. */
async function snapshot(id: Id) {
  const latest = await t.payload.findByID({
    collection: 'news',
    depth: 0,
    draft: true,
    id,
    locale: 'all',
  })
  const result: Record<string, { public: number; status: string }> = {}
  for (const locale of LOCALES) {
    const response = await t.rest('GET', `/api/news/${id}?locale=${locale}&depth=0`)
    result[locale] = {
      public: response.status,
      status: (latest.localeStatus as unknown as Record<string, string>)[locale] ?? 'draft',
    }
  }
  return result
}

describe('per-locale publishing', () => {
  it('publishes German alone: Korean and the others stay drafts, invisible to the public', async () => {
    const id = await draftInAllLocales()
    await setStatus(id, 'de', 'published')
    expect(await snapshot(id)).toEqual({
      de: { public: 200, status: 'published' },
      en: { public: 404, status: 'draft' },
      ja: { public: 404, status: 'draft' },
      ko: { public: 404, status: 'draft' },
      zh: { public: 404, status: 'draft' },
    })
    const de = await (await t.rest('GET', `/api/news/${id}?locale=de&depth=0`)).json()
    expect(de.availableLocales).toEqual(['de'])
    expect(de.title).toBe(RELEASE.de.title)
  })

  it('moves one locale through every state without moving the other four', async () => {
    const id = await draftInAllLocales()
    await setStatus(id, 'de', 'published')
    await setStatus(id, 'en', 'published')
    // 'inReview' right after 'published' is a draft of a live locale: the published text stays public.
    for (const status of [
      'inTranslation',
      'inReview',
      'published',
      'inReview',
      'unpublished',
      'inReview',
      'published',
    ] as const) {
      const before = await snapshot(id)
      await setStatus(id, 'ko', status)
      const after = await snapshot(id)
      const visible =
        status === 'published'
          ? 200
          : status === 'unpublished' || before.ko!.public === 404
            ? 404
            : before.ko!.public
      expect({ status, ko: after.ko }).toEqual({ status, ko: { public: visible, status } })
      for (const other of LOCALES.filter((l) => l !== 'ko'))
        expect({ status, other, state: after[other] }).toEqual({
          status,
          other,
          state: before[other],
        })
    }
  })

  it('does not publish German draft changes when Korean is published', async () => {
    const id = await draftInAllLocales()
    await setStatus(id, 'de', 'published')
    await t.payload.update({
      collection: 'news',
      data: { title: 'Neuer, noch nicht freigegebener Titel' },
      draft: true,
      id,
      locale: 'de',
    })
    await setStatus(id, 'ko', 'published')
    expect((await (await t.rest('GET', `/api/news/${id}?locale=de&depth=0`)).json()).title).toBe(
      RELEASE.de.title,
    )
    expect((await (await t.rest('GET', `/api/news/${id}?locale=ko&depth=0`)).json()).title).toBe(
      RELEASE.ko.title,
    )
    const latestGerman = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      id,
      locale: 'de',
    })
    expect(latestGerman.title).toBe('Neuer, noch nicht freigegebener Titel')
  })

  it('lists only documents published in the requested locale, unless a fallback is named', async () => {
    const germanOnly = await draftInAllLocales()
    await setStatus(germanOnly, 'de', 'published')
    const korean = await draftInAllLocales()
    await setStatus(korean, 'ko', 'published')
    const ids = async (query: string) =>
      (
        (await (await t.rest('GET', `/api/news?${query}&depth=0&limit=100`)).json()).docs as {
          id: Id
        }[]
      ).map((d) => d.id)
    const ko = await ids('locale=ko')
    expect(ko).toContain(korean)
    expect(ko).not.toContain(germanOnly)
    const withFallback = await ids('locale=ko&fallback-locale=de')
    expect(withFallback).toEqual(expect.arrayContaining([korean, germanOnly]))
    const docs = (
      await (
        await t.rest(
          'GET',
          `/api/news?locale=ko&fallback-locale=de&depth=0&limit=100&where[id][in]=${germanOnly},${korean}&sort=id`,
        )
      ).json()
    ).docs
    expect(docs.map((d: { _locale: unknown; title: string }) => [d.title, d._locale])).toEqual([
      [RELEASE.de.title, { requested: 'ko', served: 'de' }],
      [RELEASE.ko.title, { requested: 'ko', served: 'ko' }],
    ])
    const count = await (
      await t.rest('GET', `/api/news/count?locale=ko&where[id][equals]=${germanOnly}`)
    ).json()
    expect(count.totalDocs).toBe(0)
  })

  it('after unpublishing Korean, serves German for an explicit fallback, never the withdrawn Korean text', async () => {
    const id = await draftInAllLocales()
    await setStatus(id, 'de', 'published')
    await setStatus(id, 'ko', 'published')
    await setStatus(id, 'ko', 'unpublished')
    expect((await t.rest('GET', `/api/news/${id}?locale=ko&depth=0`)).status).toBe(404)
    const fallback = await (
      await t.rest('GET', `/api/news/${id}?locale=ko&fallback-locale=de&depth=0`)
    ).json()
    expect(fallback.title).toBe(RELEASE.de.title)
    expect(fallback.lead).toBe(RELEASE.de.lead)
    expect(fallback._locale).toEqual({ requested: 'ko', served: 'de' })
    expect(fallback.availableLocales).toEqual(['de'])
  })

  it('with locale=all, shows the public only the published locales', async () => {
    const id = await draftInAllLocales()
    await setStatus(id, 'de', 'published')
    await setStatus(id, 'ja', 'published')
    const all = await (await t.rest('GET', `/api/news/${id}?locale=all&depth=0`)).json()
    expect(Object.keys(all.title).sort()).toEqual(['de', 'ja'])
    expect(all.title.ja).toBe(RELEASE.ja.title)
  })

  it('never shows a draft locale with draft=true or through GraphQL', async () => {
    const id = await draftInAllLocales()
    await setStatus(id, 'de', 'published')
    expect((await t.rest('GET', `/api/news/${id}?locale=zh&draft=true`)).status).toBe(404)
    const graphql = await t.graphql(
      `{ News(locale: zh, draft: true, where: { id: { equals: ${JSON.stringify(id)} } }) { docs { title } } }`,
    )
    expect(graphql.data?.News.docs).toEqual([])
    const german = await t.graphql(
      `{ News(locale: de, where: { id: { equals: ${JSON.stringify(id)} } }) { docs { title availableLocales } } }`,
    )
    expect(german.data?.News.docs).toEqual([{ availableLocales: ['de'], title: RELEASE.de.title }])
  })

  it("withdraws only the edited locale with the admin's Unpublish (_status: 'draft' outside a draft save)", async () => {
    const id = await draftInAllLocales()
    for (const locale of ['de', 'ko', 'ja'] as const) await setStatus(id, locale, 'published')
    const before = await snapshot(id)
    await t.payload.update({ collection: 'news', data: { _status: 'draft' }, id, locale: 'ko' })
    const after = await snapshot(id)
    expect(after.ko).toEqual({ public: 404, status: 'unpublished' })
    for (const other of LOCALES.filter((l) => l !== 'ko'))
      expect(after[other]).toEqual(before[other])
  })

  it('refuses to publish with locale=all', async () => {
    const id = await draftInAllLocales()
    await expect(
      t.payload.update({
        collection: 'news',
        data: { _status: 'published' },
        id,
        locale: 'all' as never,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('lets a translator move Chinese to review but not publish it', async () => {
    const id = await draftInAllLocales()
    const review = await t.rest('PATCH', `/api/news/${id}?locale=zh&draft=true`, {
      body: { localeStatus: 'inReview' },
      token: translator,
    })
    expect(review.status).toBe(200)
    const publish = await t.rest('PATCH', `/api/news/${id}?locale=zh`, {
      body: { localeStatus: 'published' },
      token: translator,
    })
    expect(publish.status).toBe(403)
    expect((await snapshot(id)).zh).toEqual({ public: 404, status: 'inReview' })
  })
})
