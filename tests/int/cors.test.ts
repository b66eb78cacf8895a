import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createRelease, createUser } from '../helpers/fixtures.js'
import { startTestPayload, type TestPayload } from '../helpers/payload.js'

/**
 * CORS for partner origins end to end: the partner gate in front of the REST handlers (as the
 * route and the front server run it) adds CORS headers to whatever answers a read — cached hits,
 * misses, refusals and errors — and answers preflights. The ready setup takes the allowlist from
 * CORS_ORIGINS.
 */
const NANJING = 'https://www.nanjing.gov.cn'
const SEJONG = 'https://www.sejong.go.kr'
const EVIL = 'https://nanjing.gov.cn.evil.example'

let t: TestPayload
let closed: TestPayload
let editor: { email: string; password: string }
let releaseId: number | string

beforeAll(async () => {
  t = await startTestPayload({ env: { CORS_ORIGINS: `${NANJING}, ${SEJONG}` } })
  editor = await createUser(t.payload, ['editor'])
  releaseId = (await createRelease(t.payload, { locales: ['zh'] })).id
})
afterAll(async () => {
  await closed?.close()
  await t?.close()
})

const cors = (response: Response) => ({
  allowCredentials: response.headers.get('access-control-allow-credentials'),
  allowOrigin: response.headers.get('access-control-allow-origin'),
  expose: response.headers.get('access-control-expose-headers'),
  vary: (response.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase()),
})

describe('CORS for partner origins (through the partner gate)', () => {
  it('lets an allowed origin read a list, from the cache too, with the headers it needs', async () => {
    const url = `/api/news?locale=zh&depth=0&where[id][equals]=${releaseId}`
    for (const expected of ['MISS', 'HIT']) {
      const response = await t.rest('GET', url, { headers: { Origin: NANJING } })
      expect([response.status, response.headers.get('x-twinning-cache')]).toEqual([200, expected])
      const headers = cors(response)
      expect(headers.allowOrigin).toBe(NANJING)
      expect(headers.allowCredentials).toBeNull()
      expect(headers.vary).toContain('origin')
      for (const name of ['ETag', 'X-Twinning-Cache', 'Retry-After', 'RateLimit-Remaining'])
        expect(headers.expose).toContain(name)
    }
    // The cached answer for Nanjing is not handed to Sejong with Nanjing's origin, nor to others.
    const sejong = await t.rest('GET', url, { headers: { Origin: SEJONG } })
    expect(cors(sejong).allowOrigin).toBe(SEJONG)
    for (const headers of [{ Origin: EVIL }, {} as Record<string, string>]) {
      const other = await t.rest('GET', url, { headers })
      expect(other.status).toBe(200)
      expect(cors(other).allowOrigin).toBeNull()
      expect(cors(other).vary).toContain('origin')
    }
  })

  it('lets an allowed origin read a document, a HEAD, a 304 and a 404', async () => {
    const url = `/api/news/${releaseId}?locale=zh&depth=0`
    const first = await t.rest('GET', url, { headers: { Origin: NANJING } })
    expect(cors(first).allowOrigin).toBe(NANJING)
    const etag = first.headers.get('etag')!
    const notModified = await t.rest('GET', url, {
      headers: { 'If-None-Match': etag, Origin: NANJING },
    })
    expect([notModified.status, cors(notModified).allowOrigin]).toEqual([304, NANJING])
    const head = await t.rest('HEAD', url, { headers: { Origin: NANJING } })
    expect([head.status, cors(head).allowOrigin]).toEqual([200, NANJING])
    const missing = await t.rest('GET', '/api/news/999999?locale=zh', {
      headers: { Origin: NANJING },
    })
    expect([missing.status, cors(missing).allowOrigin]).toEqual([404, NANJING])
  })

  it('lets a partner page read why a key was refused', async () => {
    const response = await t.rest('GET', '/api/news?locale=zh', {
      headers: { Authorization: 'api-clients API-Key not-a-key', Origin: NANJING },
    })
    expect(response.status).toBe(401)
    expect(cors(response).allowOrigin).toBe(NANJING)
    expect(cors(response).allowCredentials).toBeNull()
  })

  it('answers a preflight of an allowed origin for a keyed read', async () => {
    const response = await t.rest('OPTIONS', '/api/news?locale=zh', {
      headers: {
        'Access-Control-Request-Headers': 'authorization,if-none-match',
        'Access-Control-Request-Method': 'GET',
        Origin: NANJING,
      },
    })
    expect(response.status).toBe(204)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-headers': 'Authorization, If-None-Match',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-origin': NANJING,
      'access-control-max-age': '600',
    })
    expect(response.headers.has('access-control-allow-credentials')).toBe(false)
  })

  it('allows no other origin, method or credentials in preflights', async () => {
    const preflight = (origin: string, method: string) =>
      t.rest('OPTIONS', '/api/news', {
        headers: {
          'Access-Control-Request-Headers': 'authorization,content-type',
          'Access-Control-Request-Method': method,
          Origin: origin,
        },
      })
    for (const [origin, method] of [
      [EVIL, 'GET'],
      [NANJING, 'POST'],
      [NANJING, 'PATCH'],
      [NANJING, 'DELETE'],
    ] as const) {
      const response = await preflight(origin, method)
      expect([origin, method, response.status < 300, cors(response)]).toMatchObject([
        origin,
        method,
        true,
        { allowCredentials: null, allowOrigin: null },
      ])
    }
  })

  it('never lets a partner page read a write or a login, even from an allowed origin', async () => {
    const login = await t.rest('POST', '/api/users/login', {
      body: editor,
      headers: { Origin: NANJING },
    })
    expect(login.status).toBe(200)
    expect(cors(login)).toMatchObject({ allowCredentials: null, allowOrigin: null })
    const me = await t.rest('GET', '/api/users/me', {
      headers: { Cookie: login.headers.get('set-cookie') ?? '', Origin: NANJING },
    })
    expect(cors(me).allowCredentials).toBeNull()
  })

  it('adds no CORS header at all without partner origins (Payload adds no Allow-Origin itself)', async () => {
    closed = await startTestPayload({ key: 'no-cors' })
    const doc = await createRelease(closed.payload)
    for (const origin of [NANJING, EVIL]) {
      const read = await closed.rest('GET', `/api/news/${doc.id}?locale=de`, {
        headers: { Origin: origin },
      })
      expect([read.status, cors(read).allowOrigin, cors(read).allowCredentials]).toEqual([
        200,
        null,
        null,
      ])
      const preflight = await closed.rest('OPTIONS', '/api/news', {
        headers: { 'Access-Control-Request-Method': 'GET', Origin: origin },
      })
      expect([cors(preflight).allowOrigin, cors(preflight).allowCredentials]).toEqual([null, null])
    }
  })
})
