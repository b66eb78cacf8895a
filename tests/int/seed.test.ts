import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { cities } from '../../src/seed/content/cities.js'
import { events } from '../../src/seed/content/events.js'
import { news } from '../../src/seed/content/news.js'
import { photos } from '../../src/seed/content/photos.js'
import { DEMO_ADMIN, seed, seedIfEmpty } from '../../src/seed/seed.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      ['news', 'partner-cities', 'photos', 'events', 'users'].map(async (collection) => [
        collection,
        (await t.payload.count({ collection: collection as 'news' })).totalDocs,
      ]),
    ),
  )

// Seeds on first start (SEED_ON_START=true, an empty database), as `npm run demo` does.
beforeAll(async () => {
  t = await startTestPayload({ seed: true })
})
afterAll(async () => t?.close())

describe('demo content', () => {
  it('is seeded on first start with an empty database, with the demo admin', async () => {
    expect(await counts()).toEqual({
      events: events.length,
      news: news.length,
      'partner-cities': cities.length,
      photos: photos.length,
      users: 1,
    })
    expect(news.length).toBeGreaterThanOrEqual(5)
    expect(events.length).toBeGreaterThanOrEqual(4)
    expect(cities.length).toBeGreaterThanOrEqual(6)
    expect(photos.length).toBeGreaterThanOrEqual(6)
    await t.login(DEMO_ADMIN.email, DEMO_ADMIN.password)
  })

  it('is idempotent: seeding again creates nothing and no second admin', async () => {
    const before = await counts()
    const report = await seed(t.payload, { createAdmin: true })
    expect(report).toEqual({
      admin: false,
      created: { events: 0, news: 0, partnerCities: 0, photos: 0 },
    })
    expect(await seedIfEmpty(t.payload, { createAdmin: true })).toBeUndefined()
    expect(await counts()).toEqual(before)
  })

  it('serves the seeded Japanese texts at GET /api/news?locale=ja', async () => {
    const response = await t.rest(
      'GET',
      '/api/news?locale=ja&depth=0&limit=100&fallback-locale=none',
    )
    expect(response.status).toBe(200)
    const json = await response.json()
    expect(json.docs).toHaveLength(news.length)
    for (const item of news) {
      const doc = json.docs.find((d: { slug?: string; title: string }) => d.title === item.title.ja)
      expect(doc).toBeDefined()
      expect(doc.lead).toBe(item.lead.ja)
    }
    expect(
      json.docs.every((d: { title: string }) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(d.title)),
    ).toBe(true)
  })

  it('has every human-readable field filled in all five locales', async () => {
    const all = await t.payload.find({ collection: 'news', depth: 0, limit: 100, locale: 'all' })
    for (const doc of all.docs) {
      for (const field of ['title', 'kicker', 'dateline', 'lead', 'body'] as const) {
        const value = doc[field] as unknown as Record<string, unknown>
        expect({
          field,
          locales: Object.keys(value ?? {})
            .filter((l) => value[l])
            .sort(),
        }).toEqual({ field, locales: ['de', 'en', 'ja', 'ko', 'zh'] })
      }
    }
    const cityDocs = await t.payload.find({
      collection: 'partner-cities',
      depth: 0,
      limit: 100,
      locale: 'ko',
    })
    expect(cityDocs.docs.map((c) => c.name)).toEqual(expect.arrayContaining(['난징', '세종']))
  })

  it('keeps every photo credit and stores the images with their renditions under the media directory', async () => {
    const response = await t.rest('GET', '/api/photos?limit=100&locale=zh')
    const json = await response.json()
    for (const photo of json.docs) {
      expect(photo.credit).toMatch(/\S/)
      // Renditions, never enlarged: the 1600 px wide demo images give a 1600 px hero.
      expect(photo.renditions.thumbnail.jpeg.width).toBe(400)
      expect(photo.renditions.card.webp.width).toBe(800)
      expect(photo.renditions.hero.avif.width).toBe(1600)
      expect(photo.renditions.og.jpeg.width).toBe(1200)
      expect(photo.mimeType).toBe('image/jpeg')
    }
    const { existsSync } = await import('node:fs')
    const path = await import('node:path')
    expect(existsSync(path.join(t.database.workDir, 'media', json.docs[0].filename))).toBe(true)
    const { filename } = json.docs[0].renditions.card.webp
    expect(
      existsSync(
        path.join(t.database.workDir, 'media', 'renditions', json.docs[0].filename, filename),
      ),
    ).toBe(true)
  })

  it("fills the demo photos' credit, holder and date from the metadata embedded in their files", async () => {
    const [photo] = (
      await t.payload.find({
        collection: 'photos',
        depth: 0,
        where: { filename: { equals: 'sejong-erklaerung-unterzeichnung.jpg' } },
      })
    ).docs as unknown as Array<Record<string, any>>
    expect(photo).toMatchObject({
      copyrightHolder: 'Landeshauptstadt Stuttgart',
      credit: 'Landeshauptstadt Stuttgart/Jonas Reuter',
      dateTaken: '2025-07-14T08:30:00.000Z',
    })
    expect(photo!.embeddedMetadata.iptc.byline).toEqual(['Jonas Reuter'])
  })

  it('links releases to their photos and partner cities', async () => {
    const json = await (
      await t.rest('GET', '/api/news?locale=zh&depth=1&limit=1&sort=-publishedAt')
    ).json()
    const release = json.docs[0]
    expect(release.heroPhoto.credit).toMatch(/\S/)
    expect(release.heroPhoto.alt).toMatch(/[\u4e00-\u9fff]/)
    expect(release.partnerCities.length).toBeGreaterThan(0)
  })
})
