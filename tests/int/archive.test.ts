import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { archiveKey, seedArchive } from '../../src/seed/archive.js'
import { createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload({ seed: true })
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

describe('npm run seed -- --news N: a generated archive', () => {
  it('adds N releases published in all five locales, each with a hero photo, and is idempotent by key', async () => {
    const before = (await t.payload.count({ collection: 'news' })).totalDocs
    const first = await seedArchive(t.payload, 25, { batch: 10 })
    expect(first).toMatchObject({ created: 25, existing: 0 })
    const again = await seedArchive(t.payload, 30, { batch: 10 })
    expect(again).toMatchObject({ created: 5, existing: 25 })
    expect((await t.payload.count({ collection: 'news' })).totalDocs).toBe(before + 30)

    const { docs } = await t.payload.find({
      collection: 'news',
      depth: 0,
      limit: 1,
      locale: 'de',
      where: { slug: { equals: archiveKey(7) } },
    })
    const id = docs[0]!.id
    for (const locale of ['de', 'en', 'zh', 'ko', 'ja']) {
      const json = await (await t.rest('GET', `/api/news/${id}?locale=${locale}&depth=1`)).json()
      expect([locale, json._locale]).toEqual([locale, { requested: locale, served: locale }])
      expect(json.availableLocales).toEqual(['de', 'en', 'zh', 'ko', 'ja'])
      expect(json.heroPhoto?.credit).toBeTruthy()
      expect(json.body.root.children.length).toBe(4)
    }
    const ko = await (await t.rest('GET', `/api/news/${id}?locale=ko&depth=0`)).json()
    expect(ko.title).toMatch(/[\uac00-\ud7a3]/)
    // The Korean slug finds it too, and staff read the same through drafts (the version exists).
    const bySlug = await (
      await t.rest(
        'GET',
        `/api/news?locale=ko&depth=0&where[slug][equals]=${encodeURIComponent(ko.slug)}`,
      )
    ).json()
    expect(bySlug.docs.map((doc: { id: unknown }) => doc.id)).toEqual([id])
    const draft = await (
      await t.rest('GET', `/api/news/${id}?locale=ja&draft=true&depth=0`, { token: editor })
    ).json()
    expect(draft.title).toBe(
      (await (await t.rest('GET', `/api/news/${id}?locale=ja&depth=0`)).json()).title,
    )
    const status = await (
      await t.rest('GET', `/api/twinning/translation-status?collection=news&id=${id}`, {
        token: editor,
      })
    ).json()
    for (const locale of ['en', 'zh', 'ko', 'ja'])
      expect(status.locales[locale]).toMatchObject({
        completeness: 100,
        outdated: false,
        state: 'published',
      })

    // An editor's later write works on a generated release like on any other.
    const updated = await t.rest('PATCH', `/api/news/${id}?locale=ko`, {
      body: { localeStatus: 'unpublished' },
      token: editor,
    })
    expect(updated.status).toBe(200)
    expect((await t.rest('GET', `/api/news/${id}?locale=ko`)).status).toBe(404)
  })
})
