import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { createRelease, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * Request coalescing in the published-read cache: concurrent misses of one cache key wait for one
 * render. Renders are counted where they cannot be faked: Payload's read operations on `news`
 * that REST requests run (a hook added to the collection), and a render can be held after it read
 * the database (so that an invalidation can land while it is under way).
 */
let t: TestPayload
/** The URLs of the REST reads of `news` that began, in order. */
let renders: string[] = []
/** While set, REST reads of `news` wait for it before or after they read the database. */
let hold: { at: 'after' | 'before'; until: Promise<void> } | undefined

const restUrl = (req: PayloadRequest) => (req.url?.includes('/api/news') ? req.url : undefined)
const countRender: CollectionBeforeOperationHook = async ({ operation, req }) => {
  const url = restUrl(req)
  if (operation !== 'read' || !url) return
  renders.push(url)
  if (hold?.at === 'before') await hold.until
}
const holdRender: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if ((operation === 'find' || operation === 'findByID') && restUrl(req) && hold?.at === 'after')
    await hold.until
  return result
}

beforeAll(async () => {
  t = await startTestPayload()
  const hooks = t.payload.collections.news.config.hooks
  hooks.beforeOperation = [...(hooks.beforeOperation ?? []), countRender]
  hooks.afterOperation = [...(hooks.afterOperation ?? []), holdRender]
})
afterAll(async () => t?.close())

function holding(at: 'after' | 'before' = 'after') {
  let release!: () => void
  hold = { at, until: new Promise((resolve) => (release = resolve)) }
  return () => {
    hold = undefined
    release()
  }
}

async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 10_000
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function read(url: string, headers: Record<string, string> = {}) {
  const response = await t.rest('GET', url, { headers })
  return {
    body: await response.text(),
    etag: response.headers.get('etag'),
    status: response.status,
    via: response.headers.get('x-twinning-cache'),
  }
}
const titles = (body: string) =>
  (JSON.parse(body) as { docs: { title: string }[] }).docs.map((doc) => doc.title)

async function publishTitle(id: number | string, title: string) {
  await t.payload.update({
    collection: 'news',
    data: { localeStatus: 'published', title } as never,
    id,
    locale: 'de',
  })
}

describe('request coalescing in the read cache', () => {
  it('renders a popular list once for 32 concurrent misses after a publish dropped it', async () => {
    const doc = await createRelease(t.payload)
    const list = `/api/news?locale=de&depth=0&limit=10&where[id][equals]=${doc.id}`
    renders = []
    expect((await read(list)).via).toBe('MISS')
    expect((await read(list)).via).toBe('HIT')
    // One uncached read is one read operation: the count below is a count of renders.
    expect(renders).toHaveLength(1)

    await publishTitle(doc.id, 'Delegation aus Nanjing im Rathaus (aktualisiert)')
    renders = []
    // The first render is held until all 32 requests have long arrived: without coalescing each
    // of them would be rendering by then.
    const release = holding()
    const answers = Promise.all(Array.from({ length: 32 }, () => read(list)))
    await until(() => renders.length > 0, 'the first render')
    await pause(300)
    expect(renders).toHaveLength(1)
    release()

    const all = await answers
    expect(renders).toHaveLength(1)
    expect(all.map((a) => a.status)).toEqual(Array(32).fill(200))
    expect(new Set(all.map((a) => a.body)).size).toBe(1)
    expect(new Set(all.map((a) => a.etag)).size).toBe(1)
    expect(titles(all[0]!.body)).toEqual(['Delegation aus Nanjing im Rathaus (aktualisiert)'])
    expect(all.filter((a) => a.via === 'MISS')).toHaveLength(1)
    expect(all.filter((a) => a.via === 'HIT')).toHaveLength(31)
    // And it was kept: the next read is a hit, no render.
    expect((await read(list)).via).toBe('HIT')
    expect(renders).toHaveLength(1)
  })

  it('gives no older answer to a request that arrives after an invalidation during a render', async () => {
    const doc = await createRelease(t.payload)
    const list = `/api/news?locale=de&depth=0&limit=10&where[id][equals]=${doc.id}`
    renders = []
    const release = holding()
    // A renders and is held after reading the old title; B arrives meanwhile and waits for A.
    const a = read(list)
    await until(() => renders.length === 1, 'the render of A')
    const b = read(list)
    await pause(100)
    expect(renders).toHaveLength(1)

    // A publish lands while A is under way: C, arriving after it, must not get A's answer.
    await publishTitle(doc.id, 'Neuer Titel während des Renderns')
    const c = read(list)
    await until(() => renders.length === 2, 'the render of C')
    // D arrives after the publish too and waits for C, the newer render.
    const d = read(list)
    await pause(100)
    expect(renders).toHaveLength(2)
    release()

    const [first, second, third, fourth] = await Promise.all([a, b, c, d])
    expect(titles(first.body)).toEqual([RELEASE.de.title])
    // B arrived before the publish: A's answer is a correct answer for it.
    expect(second.body).toBe(first.body)
    expect(titles(third.body)).toEqual(['Neuer Titel während des Renderns'])
    expect(fourth.body).toBe(third.body)
    expect(renders).toHaveLength(2)

    // A's answer was not kept (an invalidation ran during its render); C's was.
    const after = await read(list)
    expect([after.via, titles(after.body)]).toEqual(['HIT', ['Neuer Titel während des Renderns']])
    expect(renders).toHaveLength(2)
  })

  it('does not share renders between different queries; origins share (CORS is added after the cache)', async () => {
    const doc = await createRelease(t.payload)
    const base = `/api/news?locale=de&depth=0&where[id][equals]=${doc.id}`
    renders = []
    const release = holding()
    const answers = Promise.all([
      read(`${base}&limit=10`),
      read(`${base}&limit=11`),
      read(`${base}&limit=10&sort=-publishedAt`),
      read(`${base}&limit=10`, { Origin: 'https://www.nanjing.gov.cn' }),
      read(`${base}&limit=10`),
    ])
    await until(() => renders.length === 3, 'three renders')
    await pause(200)
    expect(renders).toHaveLength(3)
    release()
    const all = await answers
    expect(all.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
    expect(all.map((a) => a.via)).toEqual(['MISS', 'MISS', 'MISS', 'HIT', 'HIT'])
    expect(renders).toHaveLength(3)
  })

  it('lets waiters render themselves when the render they waited for cannot be cached', async () => {
    const missing = '/api/news/999999?locale=de&depth=0'
    renders = []
    // Held before the read: a missing document's render ends in an error, not in afterOperation.
    const release = holding('before')
    const a = read(missing)
    await until(() => renders.length === 1, 'the first render')
    const b = read(missing)
    const c = read(missing)
    await pause(200)
    // B and C wait for A rather than render alongside it…
    expect(renders).toHaveLength(1)
    release()
    const all = await Promise.all([a, b, c])
    // …and, A's 404 not being shared, render themselves.
    expect(all.map((x) => [x.status, x.via])).toEqual([
      [404, 'BYPASS'],
      [404, 'BYPASS'],
      [404, 'BYPASS'],
    ])
    expect(renders).toHaveLength(3)
  })
})
