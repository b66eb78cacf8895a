import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import sharp from 'sharp'

import { readCacheOf } from '../../src/cache/readCache.js'
import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let editor: string

beforeAll(async () => {
  t = await startTestPayload()
  const ed = await createUser(t.payload, ['editor'])
  editor = await t.login(ed.email, ed.password)
})
afterAll(async () => t?.close())

type Id = number | string
const cacheStatus = (response: Response) => response.headers.get('x-twinning-cache')

async function read(url: string, headers: Record<string, string> = {}) {
  const response = await t.rest('GET', url, { headers })
  const body = response.status === 304 ? '' : await response.text()
  return {
    body,
    etag: response.headers.get('etag'),
    json: body ? JSON.parse(body) : undefined,
    status: response.status,
    via: cacheStatus(response),
  }
}

async function createPhoto(credit: string) {
  const data = await sharp({
    create: { background: '#a53a3a', channels: 3, height: 40, width: 60 },
  })
    .jpeg()
    .toBuffer()
  return t.payload.create({
    collection: 'photos',
    data: { _status: 'published', alt: 'Der Schlossplatz', credit, licence: 'pressOnly' },
    file: {
      data,
      mimetype: 'image/jpeg',
      name: `schlossplatz-${Math.random().toString(36).slice(2, 8)}.jpg`,
      size: data.length,
    },
    locale: 'de',
  })
}

describe('the published-read cache', () => {
  it('keeps cached answers through draft saves (the public never reads them) and drops them on publish', async () => {
    const doc = await createRelease(t.payload)
    const list = `/api/news?locale=de&depth=0&where[id][equals]=${doc.id}`
    const one = `/api/news/${doc.id}?locale=de&depth=0`
    for (const url of [list, one]) expect((await read(url)).via).toBe('MISS')
    const draft = await t.rest('PATCH', `/api/news/${doc.id}?locale=de&draft=true`, {
      body: { title: 'Entwurf: noch nicht öffentlich' },
      token: editor,
    })
    expect(draft.status).toBe(200)
    for (const url of [list, one]) {
      const cached = await read(url)
      expect(cached.via).toBe('HIT')
      expect(cached.json.docs?.[0]?.title ?? cached.json.title).toBe(RELEASE.de.title)
    }
    const published = await t.rest('PATCH', `/api/news/${doc.id}?locale=de`, {
      body: { localeStatus: 'published' },
      token: editor,
    })
    expect(published.status).toBe(200)
    for (const url of [list, one]) {
      const fresh = await read(url)
      expect(fresh.via).toBe('MISS')
      expect(fresh.json.docs?.[0]?.title ?? fresh.json.title).toBe('Entwurf: noch nicht öffentlich')
    }
  })

  it('answers a repeated public read from memory, with an ETag, and 304 to If-None-Match', async () => {
    const doc = await createRelease(t.payload)
    const first = await read(`/api/news/${doc.id}?locale=de&depth=0`)
    expect(first).toMatchObject({ status: 200, via: 'MISS' })
    expect(first.etag).toMatch(/^"[\w-]{27}"$/)
    const second = await read(`/api/news/${doc.id}?locale=de&depth=0`)
    expect(second).toMatchObject({ body: first.body, etag: first.etag, status: 200, via: 'HIT' })

    const revalidated = await read(`/api/news/${doc.id}?locale=de&depth=0`, {
      'If-None-Match': `"other", W/${first.etag}`,
    })
    expect(revalidated).toMatchObject({ body: '', status: 304, via: 'HIT' })
    expect(revalidated.etag).toBe(first.etag)
    // A malformed or foreign validator is simply not a match.
    expect(
      await read(`/api/news/${doc.id}?locale=de&depth=0`, { 'If-None-Match': 'garbage;;' }),
    ).toMatchObject({ body: first.body, status: 200 })

    // Another query is another answer: the key holds the whole query.
    expect((await read(`/api/news/${doc.id}?locale=de&depth=0&select[title]=true`)).via).toBe(
      'MISS',
    )
  })

  it('is never used for drafts, logged-in staff, tokens, or failed reads', async () => {
    const doc = await createRelease(t.payload)
    const url = `/api/news/${doc.id}?locale=de&depth=0`
    await read(url)
    const staff = await t.rest('GET', url, { token: editor })
    expect([staff.status, cacheStatus(staff), staff.headers.get('etag')]).toEqual([
      200,
      'BYPASS',
      null,
    ])
    const cookie = await read(url, { Cookie: `payload-token=${editor}` })
    expect(cookie.via).toBe('BYPASS')
    expect((await read(`${url}&draft=true`)).via).toBe('BYPASS')
    expect((await read(`/api/news/${doc.id}/versions`)).via).toBe('BYPASS')

    expect(await read('/api/news/999999?locale=de')).toMatchObject({ status: 404, via: 'BYPASS' })
    // A malformed %-escape is left to Payload (which answers it with an error), never cached.
    const malformed = await t.rest('GET', '/api/news/%E0%A4%A?locale=de')
    expect([malformed.status >= 400, malformed.headers.get('x-twinning-cache')]).toEqual([
      true,
      'BYPASS',
    ])
    expect(await read('/api/news?locale=xx')).toMatchObject({ status: 400, via: 'BYPASS' })
    expect((await read('/api/news/999999?locale=de')).via).toBe('BYPASS')
  })

  it('drops a document and its lists the moment a locale is published, changed or unpublished', async () => {
    const doc = await createRelease(t.payload)
    const byId = `/api/news/${doc.id}?locale=ko&depth=0`
    const list = `/api/news?locale=ko&depth=0&limit=100&where[id][equals]=${doc.id}`
    expect((await read(byId)).status).toBe(404)
    expect((await read(list)).json.docs).toEqual([])
    expect((await read(list)).via).toBe('HIT')

    // Publish Korean over REST, as the admin does.
    const publish = await t.rest('PATCH', `/api/news/${doc.id}?locale=ko`, {
      body: { ...RELEASE.ko, localeStatus: 'published' },
      token: editor,
    })
    expect(publish.status).toBe(200)
    expect((await read(byId)).json.title).toBe(RELEASE.ko.title)
    expect((await read(list)).json.docs.map((d: { id: Id }) => d.id)).toEqual([doc.id])
    expect((await read(list)).via).toBe('HIT')

    // A corrected, republished title replaces the cached one.
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published', title: '난징 대표단, 시청 방문 (수정)' } as never,
      id: doc.id,
      locale: 'ko',
    })
    expect((await read(byId)).json.title).toBe('난징 대표단, 시청 방문 (수정)')

    // Unpublishing Korean hides it at once; German stays.
    await read(`/api/news/${doc.id}?locale=de&depth=0`)
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'unpublished' } as never,
      id: doc.id,
      locale: 'ko',
    })
    expect((await read(byId)).status).toBe(404)
    expect((await read(list)).json.docs).toEqual([])
    expect((await read(`/api/news/${doc.id}?locale=de&depth=0`)).status).toBe(200)
  })

  it('drops a release when the photo it embeds changes, and when a photo it names is published later', async () => {
    const photo = await createPhoto('Stadt Stuttgart/Erste Fassung')
    const doc = await createRelease(t.payload)
    await t.payload.update({
      collection: 'news',
      data: { heroPhoto: photo.id, localeStatus: 'published' } as never,
      id: doc.id,
      locale: 'de',
    })
    const url = `/api/news/${doc.id}?locale=de&depth=1`
    expect((await read(url)).json.heroPhoto.credit).toBe('Stadt Stuttgart/Erste Fassung')
    expect((await read(url)).via).toBe('HIT')

    await t.payload.update({
      collection: 'photos',
      data: { credit: 'Stadt Stuttgart/Zweite Fassung', localeStatus: 'published' } as never,
      id: photo.id,
      locale: 'de',
    })
    expect((await read(url)).json.heroPhoto.credit).toBe('Stadt Stuttgart/Zweite Fassung')

    // The photo is withdrawn: the release shows only its id, then the photo again once republished.
    await t.payload.update({
      collection: 'photos',
      data: { localeStatus: 'unpublished' } as never,
      id: photo.id,
      locale: 'de',
    })
    const withdrawn = await read(url)
    expect(withdrawn.json.heroPhoto).toBe(photo.id)
    expect((await read(url)).via).toBe('HIT')
    await t.payload.update({
      collection: 'photos',
      data: { localeStatus: 'published' } as never,
      id: photo.id,
      locale: 'de',
    })
    expect((await read(url)).json.heroPhoto.credit).toBe('Stadt Stuttgart/Zweite Fassung')
  })

  it('drops a deleted document and the lists it was in', async () => {
    const doc = await createRelease(t.payload)
    const list = `/api/news?locale=de&depth=0&limit=100&where[id][equals]=${doc.id}`
    expect((await read(list)).json.totalDocs).toBe(1)
    expect((await read(`/api/news/${doc.id}?locale=de&depth=0`)).status).toBe(200)
    const deleted = await t.rest('DELETE', `/api/news/${doc.id}`, { token: editor })
    expect(deleted.status).toBe(200)
    expect((await read(`/api/news/${doc.id}?locale=de&depth=0`)).status).toBe(404)
    expect((await read(list)).json.totalDocs).toBe(0)
  })

  it('drops the lists a new release enters, and counts', async () => {
    const count = async () => (await read('/api/news/count?locale=zh')).json.totalDocs as number
    const before = await count()
    expect((await read('/api/news/count?locale=zh')).via).toBe('HIT')
    await createRelease(t.payload, { locales: ['zh'] })
    expect(await count()).toBe(before + 1)
  })

  it('keeps nothing that was rendered while a write to it committed', async () => {
    const cache = readCacheOf(t.config)!
    const doc = await createRelease(t.payload)
    const url = `/api/news/${doc.id}?locale=de&depth=0`
    // A write lands between the start and the end of a read: the read's answer is served, not kept.
    const generation = cache.store.generation
    const [answer] = await Promise.all([
      read(url),
      t.payload.update({
        collection: 'news',
        data: { localeStatus: 'published', title: 'Neu' } as never,
        id: doc.id,
        locale: 'de',
      }),
    ])
    expect(answer.status).toBe(200)
    expect(cache.store.generation).toBeGreaterThan(generation)
    const after = await read(url)
    expect(after.json.title).toBe('Neu')
  })

  it('drops again when the write commits: a read during the transaction cannot put the old body back', async () => {
    const doc = await createRelease(t.payload)
    const url = `/api/news/${doc.id}?locale=de&depth=0`
    const req = await createLocalReq({ locale: 'de' } as never, t.payload)
    // PostgreSQL runs the write in a transaction; Payload's SQLite adapter writes at once (no transactions).
    const transactional = await initTransaction(req)
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published', title: 'Erst nach dem Commit' } as never,
      id: doc.id,
      locale: 'de',
      req,
    })
    const during = await read(url)
    if (!transactional) return expect(during.json.title).toBe('Erst nach dem Commit')

    // Not committed: other connections still read the old title, and the cache keeps it.
    expect(during.json.title).toBe(RELEASE.de.title)
    expect((await read(url)).via).toBe('HIT')
    await commitTransaction(req)
    expect((await read(url)).json.title).toBe('Erst nach dem Commit')

    // A rolled-back write changes nothing.
    const again = await createLocalReq({ locale: 'de' } as never, t.payload)
    await initTransaction(again)
    await t.payload.update({
      collection: 'news',
      data: { localeStatus: 'published', title: 'Verworfen' } as never,
      id: doc.id,
      locale: 'de',
      req: again,
    })
    await read(url)
    await killTransaction(again)
    expect((await read(url)).json.title).toBe('Erst nach dem Commit')
  })

  it('keeps the cache within its byte budget', async () => {
    const cache = readCacheOf(t.config)!
    for (let i = 0; i < 5; i++) await read(`/api/news?locale=de&depth=0&limit=${i + 1}`)
    expect(cache.store.totalBytes).toBeLessThanOrEqual(cache.options.maxBytes)
    expect(cache.store.size).toBeGreaterThan(0)
  })
})
