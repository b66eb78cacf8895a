import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'

import { readCacheOf } from '../../src/cache/readCache.js'
import { createRelease, createUser, RELEASE } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { redisAvailable, TEST_REDIS_URL } from '../helpers/redis.js'

/**
 * Two app instances on one database, each with its own cache, told of each other's writes over the
 * Redis at 127.0.0.1:6379 — as two `next start` processes behind a load balancer would be.
 */
const up = await redisAvailable()
const prefix = `twinning-test-${process.pid}-${Date.now()}`
const env = { REDIS_PREFIX: prefix, REDIS_URL: TEST_REDIS_URL }

let a: TestPayload
let b: TestPayload
let redis: Redis
let editor: string

beforeAll(async () => {
  if (!up) return
  a = await startTestPayload({ env })
  b = await startTestPayload({ database: a.database, env, key: 'second-instance' })
  redis = new Redis(TEST_REDIS_URL)
  const ed = await createUser(a.payload, ['editor'])
  editor = await a.login(ed.email, ed.password)
})
afterAll(async () => {
  await b?.close()
  await a?.close()
  if (redis) {
    await redis.del(`${prefix}:cache:seq`)
    redis.disconnect()
  }
})

async function read(instance: TestPayload, url: string) {
  const response = await instance.rest('GET', url)
  const json = response.status === 200 ? await response.json() : undefined
  return { json, status: response.status, via: response.headers.get('x-twinning-cache') }
}

describe.each(up ? ['redis'] : [])('the read cache across two instances (%s pub/sub)', () => {
  it('drops instance B’s cached answers the moment a write through instance A returns', async () => {
    const doc = await createRelease(a.payload)
    const url = `/api/news/${doc.id}?locale=zh&depth=0`
    const list = `/api/news?locale=zh&depth=0&where[id][equals]=${doc.id}`
    expect((await read(b, list)).json.docs).toEqual([])
    expect((await read(b, list)).via).toBe('HIT')

    const publish = await a.rest('PATCH', `/api/news/${doc.id}?locale=zh`, {
      body: { ...RELEASE.zh, localeStatus: 'published' },
      token: editor,
    })
    expect(publish.status).toBe(200)
    // No waiting: B checks the invalidation sequence in Redis before it answers from memory.
    expect((await read(b, url)).json.title).toBe(RELEASE.zh.title)
    expect((await read(b, list)).json.docs.map((d: { id: unknown }) => d.id)).toEqual([doc.id])
    expect((await read(b, url)).via).toBe('HIT')

    await a.payload.update({
      collection: 'news',
      data: { localeStatus: 'published', title: '南京代表团访问市政厅（更新）' } as never,
      id: doc.id,
      locale: 'zh',
    })
    expect((await read(b, url)).json.title).toBe('南京代表团访问市政厅（更新）')

    const deleted = await a.rest('DELETE', `/api/news/${doc.id}`, { token: editor })
    expect(deleted.status).toBe(200)
    expect((await read(b, url)).status).toBe(404)
    expect((await read(b, list)).json.docs).toEqual([])
  })

  it('clears everything when an invalidation was announced but never arrived', async () => {
    const doc = await createRelease(b.payload)
    const url = `/api/news/${doc.id}?locale=de&depth=0`
    await read(b, url)
    expect((await read(b, url)).via).toBe('HIT')
    // A sequence number without its message (a lost publish): B waits briefly, then drops it all.
    await redis.incr(`${prefix}:cache:seq`)
    expect((await read(b, url)).via).toBe('MISS')
    expect((await read(b, url)).via).toBe('HIT')

    // A message that skips a number means one was lost in between: B drops it all as well.
    const seq = Number(await redis.get(`${prefix}:cache:seq`))
    await redis.set(`${prefix}:cache:seq`, seq + 2)
    await redis.publish(`${prefix}:cache:invalidate`, `${seq + 2}\nd:news:unrelated`)
    expect((await read(b, url)).via).toBe('MISS')
  })

  it('serves uncached, never stale, while Redis cannot be reached', async () => {
    const c = await startTestPayload({
      database: a.database,
      env: { ...env, REDIS_URL: 'redis://127.0.0.1:1' },
      key: 'no-redis',
    })
    try {
      const doc = await createRelease(a.payload)
      const url = `/api/news/${doc.id}?locale=de&depth=0`
      expect(await read(c, url)).toMatchObject({ status: 200, via: 'BYPASS' })
      expect(await read(c, url)).toMatchObject({ status: 200, via: 'BYPASS' })
      expect(readCacheOf(c.config)!.store.size).toBe(0)
    } finally {
      await c.close()
    }
  })
})
