import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { localeBadgesOf } from '../../src/admin/batchedLocaleBadges.js'
import { readLocaleBadges } from '../../src/publication/localeBadges.js'
import { storedVersions } from '../../src/publication/storedVersions.js'
import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let token: string

beforeAll(async () => {
  t = await startTestPayload()
  const admin = await createUser(t.payload, ['admin'])
  token = await t.login(admin.email, admin.password)
})
afterAll(async () => t?.close())

const states = async (id: number | string) =>
  Object.fromEntries(
    ((await readLocaleBadges(t.payload, 'news', [id])).get(String(id)) ?? []).map((badge) => [
      badge.code,
      badge.outdated ? `${badge.state}, outdated` : badge.state,
    ]),
  )
const languages = async (id: number | string) =>
  (await (await t.rest('GET', `/api/news/${id}/languages`, { token })).json()) as {
    locales: Array<{ changed: boolean; code: string; state: string }>
    sharedChanged: boolean
  }

describe('the truth about a release published locale by locale', () => {
  it('leaves no draft newer than the published version once every locale is published unchanged', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh', 'ko', 'ja'] })
    const { latest, published } = await storedVersions(t.payload, 'news', doc.id)
    expect(latest?.id).toBe(published?.id)
    expect(latest?.version._status).toBe('published')
    const draft = await t.payload.findByID({
      collection: 'news',
      depth: 0,
      draft: true,
      id: doc.id,
    })
    expect(draft._status).toBe('published')
    // What the admin's status counts as "changed": drafts saved after the published document.
    const main = await t.payload.findByID({ collection: 'news', depth: 0, id: doc.id })
    const newerDrafts = await t.payload.countVersions({
      collection: 'news',
      where: {
        and: [
          { parent: { equals: doc.id } },
          { 'version._status': { equals: 'draft' } },
          { updatedAt: { greater_than: main.updatedAt } },
        ],
      },
    })
    expect(newerDrafts.totalDocs).toBe(0)
    expect(await states(doc.id)).toEqual({
      de: 'published',
      en: 'published',
      ja: 'published',
      ko: 'published',
      zh: 'published',
    })
    const answer = await languages(doc.id)
    expect(answer.locales.map((badge) => badge.changed)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('keeps the draft while a locale has unpublished changes, and says which locale', async () => {
    const doc = await createRelease(t.payload, { locales: ['en', 'zh', 'ko', 'ja'] })
    await t.payload.update({
      collection: 'news',
      data: { title: 'Neuer Entwurf des Titels' },
      draft: true,
      id: doc.id,
      locale: 'de',
    })
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published' },
      id: doc.id,
      locale: 'zh',
    })
    const { latest, published } = await storedVersions(t.payload, 'news', doc.id)
    expect(latest?.version._status).toBe('draft')
    expect(latest?.id).not.toBe(published?.id)
    const answer = await languages(doc.id)
    expect(Object.fromEntries(answer.locales.map((badge) => [badge.code, badge.changed]))).toEqual({
      de: true,
      en: false,
      ja: false,
      ko: false,
      zh: false,
    })
    expect(answer.sharedChanged).toBe(false)
    // The German source changed: every translation is outdated (still published).
    expect(await states(doc.id)).toEqual({
      de: 'published',
      en: 'published, outdated',
      ja: 'published, outdated',
      ko: 'published, outdated',
      zh: 'published, outdated',
    })
  })

  it('shows published, in translation, scheduled and draft side by side', async () => {
    const doc = await createRelease(t.payload, { locales: ['en'] })
    await t.payload.update({
      collection: 'news',
      data: { ...RELEASE.zh, localeStatus: 'inTranslation' },
      draft: true,
      id: doc.id,
      locale: 'zh',
    })
    await t.payload.update({
      collection: 'news',
      data: { ...RELEASE.ko, localeStatus: 'inReview' },
      draft: true,
      id: doc.id,
      locale: 'ko',
    })
    await t.payload.jobs.queue({
      input: { doc: { relationTo: 'news', value: doc.id }, locale: 'ko', type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 86_400_000),
    })
    expect(await states(doc.id)).toEqual({
      de: 'published',
      en: 'published',
      ja: 'draft',
      ko: 'scheduled',
      zh: 'inTranslation',
    })
    const answer = await languages(doc.id)
    expect(Object.fromEntries(answer.locales.map((badge) => [badge.code, badge.changed]))).toEqual({
      de: false,
      en: false,
      ja: false,
      ko: true,
      zh: true,
    })
  })

  it("reads the badges of all rows a list renders at once with one query of the rows' documents", async () => {
    const ids = (await t.payload.find({ collection: 'news', depth: 0, limit: 5 })).docs.map(
      (doc) => doc.id,
    )
    expect(ids.length).toBeGreaterThan(2)
    const find = jest.spyOn(t.payload, 'find')
    try {
      const rows = await Promise.all(ids.map((id) => localeBadgesOf(t.payload, 'news', id)))
      expect(rows.map((badges) => badges?.length)).toEqual(ids.map(() => 5))
      expect(find.mock.calls.filter(([args]) => args.collection === 'news')).toHaveLength(1)
    } finally {
      find.mockRestore()
    }
  })

  it('answers the languages endpoint to newsroom staff only', async () => {
    const doc = await createRelease(t.payload)
    expect((await t.rest('GET', `/api/news/${doc.id}/languages`)).status).toBe(401)
    expect((await t.rest('GET', `/api/news/999999/languages`, { token })).status).toBe(404)
    expect((await t.rest('GET', `/api/news/abc/languages`, { token })).status).toBe(404)
  })
})
