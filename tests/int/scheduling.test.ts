import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
  await createUser(t.payload, ['admin'])
})
afterAll(async () => t?.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('scheduled publishing per locale', () => {
  it('keeps a locale embargoed until its time, then publishes that locale alone', async () => {
    const doc = await t.payload.create({
      collection: 'news',
      data: {
        ...RELEASE.de,
        _status: 'published',
        publishedAt: '2026-03-10T09:00:00.000Z',
      } as never,
      depth: 0,
      locale: 'de',
    })
    await t.payload.update({
      collection: 'news',
      data: RELEASE.ko,
      draft: true,
      id: doc.id,
      locale: 'ko',
    })
    await t.payload.update({
      collection: 'news',
      data: { title: 'Deutscher Entwurf, noch nicht frei' },
      draft: true,
      id: doc.id,
      locale: 'de',
    })

    // As the admin's "schedule publish" does: a schedulePublish job for Korean, due in 1.5 s.
    await t.payload.jobs.queue({
      input: { doc: { relationTo: 'news', value: doc.id }, locale: 'ko', type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 1500),
    })
    await t.payload.jobs.run()
    expect((await t.rest('GET', `/api/news/${doc.id}?locale=ko`)).status).toBe(404)
    const graphql = await t.graphql(
      `{ News(locale: ko, where: { id: { equals: ${JSON.stringify(doc.id)} } }) { docs { title } } }`,
    )
    expect(graphql.data?.News.docs).toEqual([])

    await sleep(1600)
    await t.payload.jobs.run()
    const ko = await (await t.rest('GET', `/api/news/${doc.id}?locale=ko&depth=0`)).json()
    expect(ko.title).toBe(RELEASE.ko.title)
    expect(ko.availableLocales).toEqual(['de', 'ko'])
    const de = await (await t.rest('GET', `/api/news/${doc.id}?locale=de&depth=0`)).json()
    expect(de.title).toBe(RELEASE.de.title)
    for (const locale of ['en', 'zh', 'ja'])
      expect((await t.rest('GET', `/api/news/${doc.id}?locale=${locale}`)).status).toBe(404)
  })

  it('unpublishes exactly the scheduled locale and leaves the others published', async () => {
    const doc = await t.payload.create({
      collection: 'news',
      data: {
        ...RELEASE.de,
        _status: 'published',
        publishedAt: '2026-03-10T09:00:00.000Z',
      } as never,
      depth: 0,
      locale: 'de',
    })
    for (const locale of ['zh', 'ko'] as const)
      await t.payload.update({
        collection: 'news',
        data: { ...RELEASE[locale], _status: 'published' },
        id: doc.id,
        locale,
      })

    await t.payload.jobs.queue({
      input: { doc: { relationTo: 'news', value: doc.id }, locale: 'zh', type: 'unpublish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 1000),
    })
    await t.payload.jobs.run()
    expect((await t.rest('GET', `/api/news/${doc.id}?locale=zh`)).status).toBe(200)

    await sleep(1100)
    await t.payload.jobs.run()
    expect((await t.rest('GET', `/api/news/${doc.id}?locale=zh`)).status).toBe(404)
    const de = await (await t.rest('GET', `/api/news/${doc.id}?locale=de&depth=0`)).json()
    expect(de.title).toBe(RELEASE.de.title)
    expect(de.availableLocales).toEqual(['de', 'ko'])
    expect(
      (await (await t.rest('GET', `/api/news/${doc.id}?locale=ko&depth=0`)).json()).title,
    ).toBe(RELEASE.ko.title)
  })
})
