import { stampClientIp } from '../../src/partners/gate/clientIp.js'
import { createHmac, randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'

import { readCacheOf } from '../../src/cache/readCache.js'
import { translate } from '../../src/i18n/label.js'
import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'
import { redisAvailable, TEST_REDIS_URL } from '../helpers/redis.js'

/**
 * The partner gate end to end through the REST handlers, as the route runs it: per-IP limits for
 * anonymous requests (the address the front server wrote into `x-twinning-client-ip`, or behind a
 * trusted proxy the rightmost `X-Forwarded-For`), signed-in staff spared, per-key limits that
 * count cached hits too, refusals that carry CORS headers and change nothing; and two instances
 * sharing one budget and learning of a revoked key through Redis.
 */
const NANJING = 'https://www.nanjing.gov.cn'
const LIMITS = {
  CORS_ORIGINS: NANJING,
  RATE_LIMIT: 'on',
  RATE_LIMIT_PER_IP: '5/60',
  RATE_LIMIT_PER_KEY: '3/60',
}
const CLIENT_IP = 'x-twinning-client-ip'
/** As the front server writes it (src/server.ts): the process's token, then the address. */
const stamped = (ip: string) => stampClientIp(ip)

type Id = number | string
let t: TestPayload
let proxied: TestPayload
let releaseId: Id
let editorToken: string

// Every test takes addresses of its own: buckets live for the whole minute of the window.
let addresses = 0
const freshIp = () => `198.51.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`
let keys = 0
const freshKey = () => `gate-test-key-${String(++keys).padStart(26, '0')}`
const auth = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })

interface Call {
  headers?: Record<string, string>
  ip?: string
  key?: string
}
const get = (instance: TestPayload, url: string, { headers = {}, ip, key }: Call = {}) =>
  instance.rest('GET', url, {
    headers: {
      'Accept-Language': 'en',
      ...(ip ? { [CLIENT_IP]: stamped(ip) } : {}),
      ...(key ? auth(key) : {}),
      ...headers,
    },
  })

async function login(instance: TestPayload, user: { email: string; password: string }) {
  const response = await instance.rest('POST', '/api/users/login', {
    body: user,
    headers: { [CLIENT_IP]: stamped(freshIp()) },
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`login failed: ${response.status}`)
  return token
}

async function createClient(instance: TestPayload, key: string): Promise<Id> {
  const client = await instance.payload.create({
    collection: 'api-clients',
    data: { apiKey: key, collections: ['news'], locales: ['zh'], name: key } as never,
  })
  return client.id
}

const limitHeaders = (response: Response) => ({
  limit: response.headers.get('ratelimit-limit'),
  remaining: response.headers.get('ratelimit-remaining'),
})
const message = async (response: Response) =>
  ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message

/** Spends what is left of an address's anonymous budget (5) and checks that the next request is refused. */
async function exhaust(instance: TestPayload, ip: string, url: string, left = 5) {
  for (let i = 0; i < left; i++) expect((await get(instance, url, { ip })).status).toBe(200)
  expect((await get(instance, url, { ip })).status).toBe(429)
}

/** An HS256 token as Payload signs them. */
function sign(claims: Record<string, unknown>, secret: string, alg = 'HS256'): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const head = `${part({ alg, typ: 'JWT' })}.${part(claims)}`
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`
}
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  t = await startTestPayload({ env: LIMITS })
  releaseId = (await createRelease(t.payload, { locales: ['zh'] })).id
  editorToken = await login(t, await createUser(t.payload, ['editor']))
})
afterAll(async () => {
  await proxied?.close()
  await t?.close()
})

describe('per-IP limits of the partner gate', () => {
  it('refuses the 6th anonymous request with 429, Retry-After, RateLimit-* and CORS headers, in the client’s language; other addresses go on', async () => {
    const ip = freshIp()
    const url = `/api/news?locale=zh&depth=0&where[id][equals]=${releaseId}`
    const seen = []
    for (let i = 0; i < 5; i++) {
      const response = await get(t, url, { headers: { Origin: NANJING }, ip })
      expect(response.status).toBe(200)
      seen.push(limitHeaders(response))
    }
    expect(seen.map((h) => h.limit)).toEqual(['5', '5', '5', '5', '5'])
    expect(seen.map((h) => h.remaining)).toEqual(['4', '3', '2', '1', '0'])

    for (const language of ['en', 'de', 'zh', 'ko', 'ja']) {
      const refused = await get(t, url, {
        headers: { 'Accept-Language': language, Origin: NANJING },
        ip,
      })
      expect(refused.status).toBe(429)
      const retryAfter = Number(refused.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect(limitHeaders(refused)).toEqual({ limit: '5', remaining: '0' })
      expect(refused.headers.get('ratelimit-reset')).toBe(String(retryAfter))
      expect(refused.headers.get('access-control-allow-origin')).toBe(NANJING)
      expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After')
      expect(refused.headers.get('access-control-allow-credentials')).toBeNull()
      // The list is cached by now: the refusal comes before the cache.
      expect(refused.headers.get('x-twinning-cache')).toBeNull()
      expect(await message(refused)).toBe(
        translate(language, 'errors.rateLimited', { seconds: String(retryAfter) }),
      )
    }
    const other = await get(t, url, { ip: freshIp() })
    expect([other.status, other.headers.get('ratelimit-remaining')]).toEqual([200, '4'])
  })

  it('changes nothing when it refuses: no login, no password reset past the limit', async () => {
    const ip = freshIp()
    const user = await createUser(t.payload, ['editor'])
    const row = () =>
      t.payload.db.findOne({ collection: 'users', where: { email: { equals: user.email } } })
    const before = await row()
    await exhaust(t, ip, '/api/news?locale=de&limit=1')

    const refusedLogin = await t.rest('POST', '/api/users/login', {
      body: user,
      headers: { [CLIENT_IP]: stamped(ip) },
    })
    expect(refusedLogin.status).toBe(429)
    expect(refusedLogin.headers.get('set-cookie')).toBeNull()
    expect(((await refusedLogin.json()) as { token?: string }).token).toBeUndefined()
    const refusedReset = await t.rest('POST', '/api/users/forgot-password', {
      body: { email: user.email },
      headers: { [CLIENT_IP]: stamped(ip) },
    })
    expect(refusedReset.status).toBe(429)
    expect(await row()).toEqual(before)

    // The very same login from another address works: the limit refused it, not the credentials.
    const login = await t.rest('POST', '/api/users/login', {
      body: user,
      headers: { [CLIENT_IP]: stamped(freshIp()) },
    })
    expect(login.status).toBe(200)
    expect(await row()).not.toEqual(before)
  })

  it('spares signed-in staff, who use none of the address’s budget', async () => {
    const ip = freshIp()
    const url = '/api/news?locale=de&limit=1'
    const sessions: Array<Record<string, string>> = [
      { Authorization: `JWT ${editorToken}` },
      { Authorization: `Bearer ${editorToken}` },
      { Cookie: `payload-token=${editorToken}` },
    ]
    for (const headers of sessions)
      for (let i = 0; i < 4; i++) {
        const response = await get(t, url, { headers, ip })
        expect([response.status, response.headers.get('ratelimit-limit')]).toEqual([200, null])
      }
    expect(limitHeaders(await get(t, url, { ip }))).toEqual({ limit: '5', remaining: '4' })

    await exhaust(t, ip, url, 4)
    const staff = await get(t, url, { headers: { Authorization: `JWT ${editorToken}` }, ip })
    expect(staff.status).toBe(200)
  })

  it('counts a forged, tampered, expired or unsigned session token as anonymous', async () => {
    const ip = freshIp()
    const url = '/api/news?locale=de&limit=1'
    await exhaust(t, ip, url)
    const claims = claimsOf(editorToken)
    const now = Math.floor(Date.now() / 1000)
    const [head, , signature] = editorToken.split('.')
    const tampered = `${head}.${Buffer.from(JSON.stringify({ ...claims, exp: now + 86_400 * 365 })).toString('base64url')}.${signature}`
    const forged = {
      expired: sign({ ...claims, exp: now - 60, iat: now - 7260 }, t.payload.secret),
      'no expiry': sign({ ...claims, exp: undefined }, t.payload.secret),
      'other secret': sign(claims, 'not-the-installation-secret'),
      tampered,
      unsigned: `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${editorToken.split('.')[1]}.`,
      'wrong algorithm': sign(claims, t.payload.secret, 'HS512'),
    }
    for (const [what, token] of Object.entries(forged)) {
      const carriers: Array<Record<string, string>> = [
        { Authorization: `JWT ${token}` },
        { Cookie: `payload-token=${token}` },
      ]
      for (const headers of carriers) {
        const response = await get(t, url, { headers, ip })
        expect({ what, status: response.status }).toEqual({ what, status: 429 })
      }
    }
    // The control: a token signed as Payload signs, with the installation's secret, is a session.
    const valid = sign({ ...claims, exp: now + 600 }, t.payload.secret)
    expect((await get(t, url, { headers: { Authorization: `JWT ${valid}` }, ip })).status).toBe(200)
  })

  it('takes the address the front server wrote, not X-Forwarded-For, unless TRUST_PROXY=true', async () => {
    const url = '/api/news?locale=de&limit=1'
    const ip = freshIp()
    for (let i = 0; i < 5; i++) {
      const response = await get(t, url, { headers: { 'X-Forwarded-For': freshIp() }, ip })
      expect(response.status).toBe(200)
    }
    expect((await get(t, url, { headers: { 'X-Forwarded-For': freshIp() }, ip })).status).toBe(429)

    proxied = await startTestPayload({
      database: t.database,
      env: { ...LIMITS, TRUST_PROXY: 'true' },
      key: 'trust-proxy',
    })
    // Behind the proxy: the rightmost entry is the one the proxy wrote; what the client put before
    // it, and the front server's own header (the proxy's address), do not count.
    const client = freshIp()
    const via = (claimed: string, own = freshIp()) =>
      get(proxied, url, { headers: { 'X-Forwarded-For': `${claimed}, ${client}` }, ip: own })
    for (let i = 0; i < 5; i++) expect((await via(freshIp())).status).toBe(200)
    const refused = await via(freshIp())
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // Another client behind the same proxy (same front-server address) is not affected.
    const proxy = freshIp()
    for (let i = 0; i < 3; i++) expect((await via(freshIp(), proxy)).status).toBe(429)
    const neighbour = await get(proxied, url, {
      headers: { 'X-Forwarded-For': `${client}, ${freshIp()}` },
      ip: proxy,
    })
    expect([neighbour.status, neighbour.headers.get('ratelimit-remaining')]).toEqual([200, '4'])
  })
})

describe('per-key limits of the partner gate', () => {
  it('count a key’s requests wherever they come from, cached hits included', async () => {
    const key = freshKey()
    await createClient(t, key)
    const url = `/api/news?locale=zh&depth=0&where[id][equals]=${releaseId}&limit=7`
    const answers = []
    for (let i = 0; i < 3; i++) {
      const response = await get(t, url, { ip: freshIp(), key })
      answers.push([
        response.status,
        response.headers.get('x-twinning-cache'),
        limitHeaders(response),
      ])
    }
    expect(answers).toEqual([
      [200, 'MISS', { limit: '3', remaining: '2' }],
      [200, 'HIT', { limit: '3', remaining: '1' }],
      [200, 'HIT', { limit: '3', remaining: '0' }],
    ])
    const ip = freshIp()
    const refused = await get(t, url, { headers: { Origin: NANJING }, ip, key })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('x-twinning-cache')).toBeNull()
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(refused.headers.get('access-control-allow-origin')).toBe(NANJING)
    expect(await message(refused)).toMatch(/Too many requests/)

    // The address it came from keeps its own budget; another key from it has its own too.
    expect(limitHeaders(await get(t, url, { ip }))).toEqual({ limit: '5', remaining: '4' })
    const other = freshKey()
    await createClient(t, other)
    expect(limitHeaders(await get(t, url, { ip, key: other }))).toEqual({
      limit: '3',
      remaining: '2',
    })
    // An address out of budget does not stop a key used from it.
    const spent = freshIp()
    await exhaust(t, spent, '/api/news?locale=de&limit=1')
    expect((await get(t, url, { ip: spent, key: other })).status).toBe(200)
  })

  it('count what the key’s scope refuses (403) too', async () => {
    const key = freshKey()
    await createClient(t, key)
    const outside = await get(t, '/api/news?locale=de', { ip: freshIp(), key })
    expect([outside.status, outside.headers.get('ratelimit-remaining')]).toEqual([403, '2'])
    expect((await get(t, '/api/events?locale=zh', { ip: freshIp(), key })).status).toBe(403)
    expect((await get(t, '/api/news?locale=zh&limit=1', { ip: freshIp(), key })).status).toBe(200)
    expect((await get(t, '/api/news?locale=zh&limit=1', { ip: freshIp(), key })).status).toBe(429)
  })
})

describe('refused keys and the per-IP limit', () => {
  // The gate checks a key before it limits. A refused key (unknown, malformed, revoked) has no
  // bucket of its own, so it must count against the address, as an anonymous request would
  // (RateLimitOptions.perIp: "requests without a key, and with an invalid one"): else one address
  // could try keys without end, each unknown key costing a database lookup.
  it('limits an address that sprays unknown keys like an anonymous client', async () => {
    const ip = freshIp()
    const statuses = []
    for (let i = 0; i < 8; i++) {
      const response = await get(t, '/api/news?locale=zh', {
        ip,
        key: randomBytes(24).toString('hex'),
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429])
    // Those refusals spent the address's budget…
    expect((await get(t, '/api/news?locale=de&limit=1', { ip })).status).toBe(429)
    // …but a valid key is counted per key, wherever it comes from.
    const key = freshKey()
    await createClient(t, key)
    expect((await get(t, '/api/news?locale=zh&limit=1', { ip, key })).status).toBe(200)
  })

  it('limits an address that sends malformed keys like an anonymous client', async () => {
    const ip = freshIp()
    const statuses = []
    for (const authorization of [
      'api-clients API-Key short',
      'api-clients API-Key',
      'API-Key 00000000000000000000000000',
      'api-clients Api-Key 00000000000000000000000000',
      'api-clients API-Key has spaces in it 000000000',
      'api-clients API-Key short',
      'api-clients API-Key short',
    ]) {
      const response = await get(t, '/api/news?locale=zh', {
        headers: { Authorization: authorization },
        ip,
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
  })
})

/**
 * Two app instances on one database, sharing rate-limit counters and invalidations through the
 * Redis at 127.0.0.1:6379 — as two `npm start` processes behind a load balancer would.
 */
const up = await redisAvailable()
describe.each(up ? ['redis'] : [])('two instances sharing Redis (%s)', () => {
  const prefix = `twinning-test-gate-${process.pid}-${Date.now()}`
  const env = {
    RATE_LIMIT: 'on',
    RATE_LIMIT_PER_IP: '1000/60',
    RATE_LIMIT_PER_KEY: '4/60',
    REDIS_PREFIX: prefix,
    REDIS_URL: TEST_REDIS_URL,
  }
  let a: TestPayload
  let b: TestPayload
  let redis: Redis
  let admin: string

  beforeAll(async () => {
    a = await startTestPayload({ env, key: 'gate-redis-a' })
    b = await startTestPayload({ database: a.database, env, key: 'gate-redis-b' })
    redis = new Redis(TEST_REDIS_URL)
    admin = await login(a, await createUser(a.payload, ['admin']))
    await createRelease(a.payload, { locales: ['zh'] })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
    if (!redis) return
    const left = await redis.keys(`${prefix}:*`)
    if (left.length) await redis.del(...left)
    redis.disconnect()
  })

  it('give a key one budget: the 5th request overall is refused on whichever instance', async () => {
    const key = freshKey()
    const id = await createClient(a, key)
    const url = '/api/news?locale=zh&depth=0&limit=5'
    const seen = []
    for (let i = 0; i < 4; i++) {
      const response = await get(i % 2 ? b : a, url, { ip: freshIp(), key })
      seen.push([response.status, response.headers.get('ratelimit-remaining')])
    }
    expect(seen).toEqual([
      [200, '3'],
      [200, '2'],
      [200, '1'],
      [200, '0'],
    ])
    for (const instance of [a, b]) {
      const refused = await get(instance, url, { ip: freshIp(), key })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    }
    expect(Number(await redis.get(`${prefix}:rl:key:${id}`))).toBe(6)
  })

  it('refuse a key revoked on A on B at once, not when B’s key cache expires', async () => {
    const url = '/api/news?locale=zh&depth=0&limit=1'
    for (let round = 0; round < 5; round++) {
      const key = freshKey()
      const id = await createClient(a, key)
      // B learns of that write first (else it would look the key up again anyway, and the control
      // below would prove nothing), then knows the key.
      expect(await readCacheOf(b.config)!.sync()).toBe(true)
      expect((await get(b, url, { ip: freshIp(), key })).status).toBe(200)

      // The control: a change behind the hooks' back (no invalidation) leaves B with what it knew.
      const row = (await a.payload.db.findOne({
        collection: 'api-clients',
        where: { id: { equals: id } },
      })) as Record<string, unknown>
      await a.payload.db.updateOne({
        collection: 'api-clients',
        data: { apiKeyIndex: null, revokedKeyIndex: row.apiKeyIndex },
        id,
      })
      expect((await get(b, url, { ip: freshIp(), key })).status).toBe(200)
      await a.payload.db.updateOne({
        collection: 'api-clients',
        data: { apiKeyIndex: row.apiKeyIndex, revokedKeyIndex: null },
        id,
      })

      // Revoked over the API on A: B, asked the moment A answered, refuses it.
      const revoked = await a.rest('PATCH', `/api/api-clients/${id}`, {
        body: { apiKey: null, enableAPIKey: false },
        headers: { [CLIENT_IP]: stamped(freshIp()) },
        token: admin,
      })
      expect(revoked.status).toBe(200)
      const refused = await get(b, url, { ip: freshIp(), key })
      expect({ round, status: refused.status }).toEqual({ round, status: 401 })
      expect(await message(refused)).toBe(translate('en', 'errors.keyRevoked'))
      expect((await get(a, url, { ip: freshIp(), key })).status).toBe(401)
    }
  })
})
