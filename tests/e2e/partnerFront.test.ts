import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { translate } from '../../src/i18n/label.js'
import { DEMO_ADMIN } from '../../src/seed/seed.js'
import { ensureBuild, launchServer, type LaunchedServer } from '../helpers/server.js'

/**
 * The partner gate in front of the cache's front server, over plain HTTP against the built app:
 * `npm start` (hits answered by the Node front server, before Next) next to plain `next start` on
 * the same database (everything answered by the REST route), so that the two paths can be held to
 * the same answers. Builds first when there is no build or it is older than the sources.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const NANJING = 'https://www.nanjing.gov.cn'
const PER_IP = 40
const PER_KEY = 4
const LIST = '/api/news?locale=zh&depth=1&limit=10'

let workDir: string
let front: LaunchedServer
let route: LaunchedServer
let admin: string
let keys = 0

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'twinning-e2e-partners-'))
  const env = {
    ...process.env,
    CORS_ORIGINS: NANJING,
    DATABASE_URI: `file:${path.join(workDir, 'e2e.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    NODE_OPTIONS: '--conditions=production',
    PAYLOAD_SECRET: 'twinning-e2e-secret',
    RATE_LIMIT: 'on',
    RATE_LIMIT_PER_IP: `${PER_IP}/60`,
    RATE_LIMIT_PER_KEY: `${PER_KEY}/60`,
    TRUST_PROXY: 'false',
  }
  // The seed creates the demo admin outside production; one instance each, limits in memory.
  for (const name of ['NODE_ENV', 'REDIS_URL'])
    delete (env as Record<string, string | undefined>)[name]
  ensureBuild()
  const seed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/seed/cli.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
  })
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`)
  front = await launchServer({ env })
  route = await launchServer({ env, server: 'next' })

  const login = await fetch(`${front.url}/api/users/login`, {
    body: JSON.stringify(DEMO_ADMIN),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  admin = ((await login.json()) as { token: string }).token
}, 600_000)
afterAll(async () => {
  await route?.stop()
  await front?.stop()
  if (workDir) rmSync(workDir, { force: true, recursive: true })
})

/** A new API client (zh news) created by the admin over REST; its key. */
async function newKey(): Promise<{ id: number | string; key: string }> {
  const key = `front-e2e-key-${String(++keys).padStart(26, '0')}`
  const response = await fetch(`${front.url}/api/api-clients`, {
    body: JSON.stringify({
      apiKey: key,
      collections: ['news'],
      enableAPIKey: true,
      locales: ['zh'],
      name: `front e2e ${keys}`,
    }),
    headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  expect(response.status).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number | string } }
  return { id: doc.id, key }
}

const keyed = (key: string, headers: Record<string, string> = {}) => ({
  'Accept-Language': 'en',
  Authorization: `api-clients API-Key ${key}`,
  ...headers,
})

async function read(server: LaunchedServer, url: string, init: RequestInit = {}) {
  const response = await fetch(server.url + url, init)
  const body = await response.text()
  const header = (name: string) => response.headers.get(name)
  return {
    body,
    cache: header('x-twinning-cache'),
    // Next sends a route's answers chunked; the front server sends Content-Length.
    fromFront: header('content-length') === String(Buffer.byteLength(body)),
    header,
    limit: header('ratelimit-limit'),
    remaining: header('ratelimit-remaining'),
    status: response.status,
  }
}

describe('the partner gate on the front server (npm start)', () => {
  it('answers a keyed list read from the front server, with the key’s limit and CORS headers', async () => {
    const { key } = await newKey()
    const init = { headers: keyed(key, { Origin: NANJING }) }
    const first = await read(front, LIST, init)
    expect([first.status, first.cache]).toEqual([200, 'MISS'])
    const seen = []
    for (let i = 0; i < PER_KEY - 1; i++) {
      const hit = await read(front, LIST, init)
      expect(hit.body).toBe(first.body)
      seen.push([hit.status, hit.cache, hit.fromFront, hit.limit, hit.remaining])
      expect(hit.header('access-control-allow-origin')).toBe(NANJING)
      expect(hit.header('access-control-expose-headers')).toContain('RateLimit-Remaining')
      expect(hit.header('access-control-allow-credentials')).toBeNull()
      expect(hit.header('vary')).toMatch(/Origin/)
    }
    expect(seen).toEqual([
      [200, 'HIT', true, String(PER_KEY), '2'],
      [200, 'HIT', true, String(PER_KEY), '1'],
      [200, 'HIT', true, String(PER_KEY), '0'],
    ])

    // The 5th: refused by the front server, before the cache, with the headers a partner page reads.
    const refused = await read(front, LIST, init)
    expect([refused.status, refused.cache, refused.fromFront]).toEqual([429, null, true])
    const retryAfter = Number(refused.header('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(refused.header('access-control-allow-origin')).toBe(NANJING)
    expect(refused.header('access-control-expose-headers')).toContain('Retry-After')
    expect(JSON.parse(refused.body).errors[0].message).toBe(
      translate('en', 'errors.rateLimited', { seconds: String(retryAfter) }),
    )
    const head = await fetch(front.url + LIST, { headers: keyed(key), method: 'HEAD' })
    expect(head.status).toBe(429)

    // Another key of the same scope shares the cached answer, not the budget.
    const other = await newKey()
    const shared = await read(front, LIST, { headers: keyed(other.key) })
    expect([shared.status, shared.cache, shared.fromFront, shared.remaining]).toEqual([
      200,
      'HIT',
      true,
      '3',
    ])
    expect(shared.body).toBe(first.body)
  })

  it('tells a key its budget on a miss too, which the front server admitted and Next answers', async () => {
    const { key } = await newKey()
    const url = '/api/news?locale=zh&depth=0&limit=9'
    const miss = await read(front, url, { headers: keyed(key, { Origin: NANJING }) })
    expect([miss.status, miss.cache, miss.fromFront]).toEqual([200, 'MISS', false])
    expect(miss.header('access-control-allow-origin')).toBe(NANJING)
    // Counted once (by the front server), and said so as on a hit.
    expect([miss.limit, miss.remaining]).toEqual([String(PER_KEY), String(PER_KEY - 1)])
    const hit = await read(front, url, { headers: keyed(key) })
    expect([hit.cache, hit.remaining]).toEqual(['HIT', String(PER_KEY - 2)])
  })

  it('ignores a client’s x-twinning-admitted: every request counts, on the front path and the route', async () => {
    const { key } = await newKey()
    const forged = { 'x-twinning-admitted': 'admitted' }
    const remaining = []
    for (let i = 0; i < 2; i++)
      remaining.push((await read(front, LIST, { headers: keyed(key, forged) })).remaining)
    // A POST goes straight to the route (GraphQL reads are keyed reads too).
    const graphql = await read(front, '/api/graphql', {
      body: JSON.stringify({ query: '{ News(locale: zh, limit: 1) { docs { id } } }' }),
      headers: keyed(key, { ...forged, 'Content-Type': 'application/json' }),
      method: 'POST',
    })
    expect(graphql.status).toBe(200)
    remaining.push(graphql.remaining)
    remaining.push((await read(front, LIST, { headers: keyed(key, forged) })).remaining)
    expect(remaining).toEqual(['3', '2', '1', '0'])
    expect((await read(front, LIST, { headers: keyed(key, forged) })).status).toBe(429)
  })

  it('ignores a client’s x-twinning-key-scope: no keyed answer, no key budget for a visitor', async () => {
    const { key } = await newKey()
    const forgeries: Array<Record<string, string>> = [
      { 'x-twinning-key-scope': 'scope:zh|news|' },
      { 'x-twinning-admitted': 'yes', 'x-twinning-key-scope': 'scope:zh|news|' },
      { 'x-twinning-key-scope': 'scope:de,en,ja,ko,zh|events,news,partner-cities,photos|' },
      { Cookie: 'x=1', 'x-twinning-key-scope': 'scope:zh|news|' },
    ]
    for (const [n, headers] of forgeries.entries()) {
      // A list the key's read put in the cache, that no visitor has read yet.
      const url = `/api/news?locale=zh&depth=0&limit=${n + 2}`
      expect((await read(front, url, { headers: keyed(key) })).cache).toBe('MISS')
      const visitor = await read(front, url, { headers })
      expect(visitor.status).toBe(200)
      // Not the key's cached answer, and counted per address as a visitor, never as a key.
      expect({ n, cache: visitor.cache, limit: visitor.limit }).toEqual({
        n,
        cache: 'MISS',
        limit: String(PER_IP),
      })
    }
  })

  it('ignores a client’s x-twinning-client-ip and X-Forwarded-For: the socket’s address counts', async () => {
    const url = '/api/news?locale=de&depth=0&limit=1'
    const remaining = []
    for (let i = 1; i <= 4; i++) {
      const response = await read(front, url, {
        headers: { 'X-Forwarded-For': `203.0.113.${i}`, 'x-twinning-client-ip': `198.51.100.${i}` },
      })
      expect([response.status, response.limit]).toEqual([200, String(PER_IP)])
      remaining.push(Number(response.remaining))
    }
    // One bucket for all four: each took one token from it.
    expect(remaining.slice(1)).toEqual([remaining[0]! - 1, remaining[0]! - 2, remaining[0]! - 3])
  })

  it('refuses a key on the front path with the same answer as the route', async () => {
    const { key } = await newKey()
    const revoked = await newKey()
    const revoke = await fetch(`${front.url}/api/api-clients/${revoked.id}`, {
      body: JSON.stringify({ apiKey: null, enableAPIKey: false }),
      headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    expect(revoke.status).toBe(200)
    const cases: Array<[string, string, Record<string, string>, number]> = [
      ['unknown key', LIST, keyed('no-such-key-00000000000000000000000'), 401],
      ['malformed key', LIST, { Authorization: 'api-clients API-Key short' }, 401],
      ['revoked key', LIST, keyed(revoked.key), 401],
      ['language outside the scope', '/api/news?locale=de', keyed(key), 403],
      ['collection outside the scope', '/api/events?locale=zh', keyed(key), 403],
      ['in German', '/api/news?locale=ko', keyed(key, { 'Accept-Language': 'de' }), 403],
    ]
    for (const [what, url, headers, status] of cases) {
      const init = { headers: { ...headers, Origin: NANJING } }
      const viaFront = await read(front, url, init)
      const viaRoute = await read(route, url, init)
      expect({ what, status: viaFront.status, fromFront: viaFront.fromFront }).toEqual({
        what,
        status,
        fromFront: true,
      })
      expect({ what, body: viaRoute.body, status: viaRoute.status }).toEqual({
        what,
        body: viaFront.body,
        status,
      })
      for (const name of ['content-type', 'www-authenticate', 'access-control-allow-origin'])
        expect({ what, name, value: viaRoute.header(name) }).toEqual({
          what,
          name,
          value: viaFront.header(name),
        })
    }
    // And the route of the same npm start (a POST never takes the front path) answers an unknown key alike.
    const [, , unknown] = cases[0]!
    const post = await read(front, '/api/graphql', {
      body: JSON.stringify({ query: '{ News(locale: zh) { docs { id } } }' }),
      headers: { ...unknown, 'Content-Type': 'application/json', Origin: NANJING },
      method: 'POST',
    })
    const get = await read(front, LIST, { headers: { ...unknown, Origin: NANJING } })
    expect([post.status, post.fromFront, post.body]).toEqual([401, false, get.body])
  })
})
