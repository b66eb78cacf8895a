import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { translate } from '../../src/i18n/label.js'
import { DEMO_ADMIN } from '../../src/seed/seed.js'
import { type RunningServer, startServer } from '../helpers/server.js'

// Plain HTTP against the built app as `npm start` runs it (Next behind the cache's front server):
// no browser needed. Builds first when there is no build or it is older than the sources.
let server: RunningServer

beforeAll(async () => {
  server = await startServer()
}, 600_000)
afterAll(async () => server?.stop())

type ErrorBody = { errors: { data?: unknown; message: string; name?: string }[] }

const HEADERS_OF_A_READ = ['content-type', 'content-length', 'etag', 'x-twinning-cache', 'vary']
const headersOf = (response: Response) =>
  Object.fromEntries(HEADERS_OF_A_READ.map((name) => [name, response.headers.get(name)]))

describe('HEAD against npm start', () => {
  it('answers a cache hit from the front server like its GET, without a body', async () => {
    const url = `${server.url}/api/news?locale=de&depth=0&limit=3`
    await (await fetch(url)).arrayBuffer() // a miss that fills the cache
    const get = await fetch(url)
    const body = new Uint8Array(await get.arrayBuffer())
    const head = await fetch(url, { method: 'HEAD' })

    expect(get.headers.get('x-twinning-cache')).toBe('HIT')
    expect(head.status).toBe(200)
    expect(headersOf(head)).toEqual(headersOf(get))
    expect(head.headers.get('content-length')).toBe(String(body.byteLength))
    expect((await head.arrayBuffer()).byteLength).toBe(0)
  })

  it('answers through the Next route like its GET there: a miss, and a read the cache never sees', async () => {
    // Next sends a route's answer chunked, without Content-Length (it drops the header), for GET
    // and HEAD alike; the headers that matter agree.
    const url = `${server.url}/api/news?locale=ja&depth=0&limit=2&sort=createdAt`
    const head = await fetch(url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('x-twinning-cache')).toBe('MISS')
    expect((await head.arrayBuffer()).byteLength).toBe(0)
    // The HEAD filled the cache: the GET is a hit with the same entity.
    const get = await fetch(url)
    expect(get.headers.get('x-twinning-cache')).toBe('HIT')
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))

    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify(DEMO_ADMIN),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const staff = { Authorization: `JWT ${token}` }
    const staffHead = await fetch(url, { headers: staff, method: 'HEAD' })
    const staffGet = await fetch(url, { headers: staff })
    await staffGet.arrayBuffer()
    expect(staffHead.status).toBe(200)
    expect(headersOf(staffHead)).toEqual(headersOf(staffGet))
    expect(staffHead.headers.get('x-twinning-cache')).toBe('BYPASS')
    expect((await staffHead.arrayBuffer()).byteLength).toBe(0)

    const missing = await fetch(`${server.url}/api/news/987654?locale=de`, { method: 'HEAD' })
    expect(missing.status).toBe(404)
  })
})

describe('malformed requests against npm start', () => {
  it('answers a malformed %-escape with 400 and a message, in Payload’s error shape', async () => {
    for (const [path, segment] of [
      ['/api/news/%E0%A4%A', '%E0%A4%A'],
      ['/api/photos/file/%', '%'],
    ] as const) {
      const response = await fetch(server.url + path, { headers: { 'Accept-Language': 'en' } })
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/json')
      expect(((await response.json()) as ErrorBody).errors[0]).toEqual({
        data: { segment },
        message: translate('en', 'errors.malformedPath', { segment }),
        name: 'Refusal',
      })
    }
  })

  it('answers a non-numeric id with 404', async () => {
    const response = await fetch(`${server.url}/api/news/abc?locale=de`)
    expect(response.status).toBe(404)
  })

  it('names errors by their class, not by a minified name', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify(DEMO_ADMIN),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    // A release without its required fields: Payload's ValidationError.
    const response = await fetch(`${server.url}/api/news?locale=de`, {
      body: JSON.stringify({ kicker: 'Ohne Titel' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).errors[0]?.name).toBe('ValidationError')
  })
})
