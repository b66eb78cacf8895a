import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { cacheableRead, type CacheScope, type ReadRequest } from '../../src/cache/cacheableRead.js'
import { DEFAULT_READ_CACHE, ReadCache } from '../../src/cache/readCache.js'
import { addRelationTags } from '../../src/cache/relationTags.js'
import { matches } from '../../src/cache/serveCached.js'
import { type CachedResponse, ResponseStore } from '../../src/cache/store.js'

const entry = (bytes: number, tags: string[]): CachedResponse => ({
  body: new Uint8Array(bytes),
  etag: '"e"',
  headers: [],
  status: 200,
  tags,
})

describe('the response store', () => {
  it('drops exactly the answers carrying an invalidated tag', () => {
    const store = new ResponseStore(10_000, 5_000)
    store.set('a', entry(10, ['d:news:1', 'l:news']), store.generation)
    store.set('b', entry(10, ['d:news:2', 'd:photos:7']), store.generation)
    store.set('c', entry(10, ['d:events:3']), store.generation)
    store.invalidate(['d:photos:7'])
    expect([store.get('a'), store.get('b'), store.get('c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ])
    store.invalidate(['l:news'])
    expect([store.get('a'), store.get('c')].map(Boolean)).toEqual([false, true])
  })

  it('keeps within its byte budget by dropping the least recently used', () => {
    const store = new ResponseStore(300, 200)
    for (const key of ['k1', 'k2', 'k3']) store.set(key, entry(98, []), store.generation)
    store.get('k1') // k2 is now the least recently used
    store.set('k4', entry(98, []), store.generation)
    expect(store.totalBytes).toBeLessThanOrEqual(300)
    expect(['k1', 'k2', 'k3', 'k4'].map((key) => Boolean(store.get(key)))).toEqual([
      true,
      false,
      true,
      true,
    ])
    expect(store.set('big', entry(500, []), store.generation)).toBe(false)
  })

  it('refuses an answer rendered while an invalidation ran', () => {
    const store = new ResponseStore(10_000, 5_000)
    const started = store.generation
    store.invalidate(['d:news:1'])
    expect(store.set('a', entry(10, ['d:news:9']), started)).toBe(false)
    expect(store.size).toBe(0)
  })
})

describe('which reads are cached', () => {
  const scope: CacheScope = {
    apiRoute: '/api',
    collections: new Set(['news', 'photos']),
    originInKey: true,
    tokenCookie: 'payload-token',
  }
  const request = (
    url: string,
    headers: Record<string, string> = {},
    method = 'GET',
  ): ReadRequest => ({
    header: (name) => headers[name] ?? null,
    method,
    url,
  })

  it('lists, counts and documents of cached collections, keyed by path, query and origin', () => {
    expect(cacheableRead(request('/api/news?locale=zh&limit=10'), scope)).toEqual({
      key: '/api/news?locale=zh&limit=10 ',
      tags: ['l:news'],
    })
    expect(cacheableRead(request('http://x/api/news/count?locale=ko'), scope)?.tags).toEqual([
      'l:news',
    ])
    expect(
      cacheableRead(
        request('/api/photos/12?locale=ja', { origin: 'https://nanjing.example' }),
        scope,
      ),
    ).toEqual({
      key: '/api/photos/12?locale=ja https://nanjing.example',
      tags: ['d:photos:12'],
    })
    expect(
      cacheableRead(request('/api/news?locale=de', { cookie: 'theme=dark' }), scope),
    ).toBeDefined()
    // Without Payload's own CORS (Twinning adds its CORS after the cache), every origin shares one answer.
    expect(
      cacheableRead(request('/api/photos/12?locale=ja', { origin: 'https://nanjing.example' }), {
        ...scope,
        originInKey: false,
      })?.key,
    ).toBe('/api/photos/12?locale=ja ')
  })

  it('never logins, drafts, writes, other collections or Payload operations', () => {
    for (const refused of [
      request('/api/news', { authorization: 'JWT abc' }),
      request('/api/news', { cookie: 'a=1; payload-token=abc' }),
      request('/api/news?draft=true'),
      request('/api/news?draft=false'),
      request('/api/news?preview=1'),
      request('/api/news', {}, 'POST'),
      request('/api/users'),
      request('/api/news/3/versions'),
      request('/api/news/versions'),
      request('/api/photos/file/a.jpg'),
      request('/api/twinning/translation-status'),
      request('/admin/collections/news'),
      request('/api/news/%E0%A4%A'), // malformed escape: left to Payload
      request('//evil.example/api/news'),
    ]) {
      expect(cacheableRead(refused, scope)).toBeUndefined()
    }
  })

  it('compares If-None-Match weakly, in lists and with *', () => {
    expect(matches('"abc"', '"abc"')).toBe(true)
    expect(matches('W/"abc"', '"abc"')).toBe(true)
    expect(matches('"x", "abc"', '"abc"')).toBe(true)
    expect(matches('*', '"abc"')).toBe(true)
    expect(matches('"abd"', '"abc"')).toBe(false)
    expect(matches(null, '"abc"')).toBe(false)
    expect(matches('garbage', '"abc"')).toBe(false)
  })
})

describe('invalidation and transactions', () => {
  it('drops at once, and again when the transaction commits (not before)', async () => {
    const cache = new ReadCache(DEFAULT_READ_CACHE, new Set(['news']))
    await cache.changed({ transactionID: 'tx1' }, ['d:news:1'])
    // Read during the transaction: stored again.
    cache.store.set('k', entry(10, ['d:news:1']), cache.store.generation)
    expect(cache.store.get('k')).toBeDefined()
    await cache.committed('other')
    expect(cache.store.get('k')).toBeDefined()
    await cache.committed('tx1')
    expect(cache.store.get('k')).toBeUndefined()

    // Without a transaction the write is already done: published at once.
    cache.store.set('k', entry(10, ['d:news:2']), cache.store.generation)
    await cache.changed({ transactionID: undefined }, ['d:news:2'])
    expect(cache.store.get('k')).toBeUndefined()
    await cache.close()
  })
})

describe('what an answer depends on', () => {
  const fields = [
    { name: 'heroPhoto', type: 'upload', relationTo: 'photos' },
    { name: 'partnerCities', type: 'relationship', relationTo: 'partner-cities', hasMany: true },
    { name: 'related', type: 'relationship', relationTo: ['news', 'events'], hasMany: true },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'meta',
      type: 'group',
      flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'photos' }],
    },
    {
      name: 'links',
      type: 'array',
      flattenedFields: [{ name: 'doc', type: 'relationship', relationTo: 'news' }],
    },
    { name: 'mentions', type: 'join', collection: 'events', on: 'news' },
  ] as unknown as FlattenedField[]

  it('tags every referenced document, populated or not, and the lists behind join fields', () => {
    const tags = new Set<string>()
    addRelationTags(
      fields,
      {
        body: {
          root: {
            children: [
              {
                children: [{ relationTo: 'photos', type: 'upload', value: { id: 31 } }],
                type: 'paragraph',
              },
            ],
          },
        },
        heroPhoto: { credit: 'Stadt Stuttgart', id: 5 },
        links: [{ doc: 8 }, { doc: { id: 9 } }],
        meta: { image: 6 },
        partnerCities: [1, { id: 2, name: 'Nanjing' }],
        related: [
          { relationTo: 'events', value: 4 },
          { relationTo: 'news', value: { id: 3 } },
        ],
      },
      tags,
    )
    expect([...tags].sort()).toEqual(
      [
        'd:events:4',
        'd:news:3',
        'd:news:8',
        'd:news:9',
        'd:partner-cities:1',
        'd:partner-cities:2',
        'd:photos:31',
        'd:photos:5',
        'd:photos:6',
        'l:events',
      ].sort(),
    )
  })

  it('reads every locale of a locale=all answer', () => {
    const tags = new Set<string>()
    addRelationTags(
      fields,
      { body: { de: { relationTo: 'photos', value: 1 }, ko: { relationTo: 'photos', value: 2 } } },
      tags,
      true,
    )
    expect([...tags].filter((tag) => tag.startsWith('d:')).sort()).toEqual([
      'd:photos:1',
      'd:photos:2',
    ])
  })
})
