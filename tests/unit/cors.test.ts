import { describe, expect, it } from '@jest/globals'

import { corsHeaders, preflightResponse } from '../../src/partners/cors/corsHeaders.js'
import { resolvePartnerOptions } from '../../src/partners/options.js'

const NANJING = 'https://www.nanjing.gov.cn'
const SEJONG = 'https://sejong.go.kr:8443'
const origins = resolvePartnerOptions({ corsOrigins: [NANJING, `${SEJONG}/`] }).corsOrigins
const anyOrigin = resolvePartnerOptions({ corsOrigins: ['*'] }).corsOrigins
const none = resolvePartnerOptions({}).corsOrigins

function request(method: string, headers: Record<string, string> = {}) {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return { header: (name: string) => lower[name.toLowerCase()] ?? null, method }
}
const headerMap = (headers: Array<[string, string]>) =>
  Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]))

describe('CORS headers of an answer', () => {
  it('allow a listed origin to read, with the headers its script may see', () => {
    const headers = headerMap(corsHeaders(request('GET', { Origin: NANJING }), origins))
    expect(headers).toEqual({
      'access-control-allow-origin': NANJING,
      'access-control-expose-headers':
        'ETag, X-Twinning-Cache, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Length',
      vary: 'Origin',
    })
    // An origin listed with a trailing slash, with a port; HEAD reads too.
    expect(
      headerMap(corsHeaders(request('HEAD', { Origin: SEJONG }), origins))[
        'access-control-allow-origin'
      ],
    ).toBe(SEJONG)
  })

  it('compare origins in their serialized form', () => {
    const allow = (origin: string) =>
      headerMap(corsHeaders(request('GET', { Origin: origin }), origins))[
        'access-control-allow-origin'
      ]
    expect(allow('https://WWW.Nanjing.gov.cn:443')).toBe(NANJING)
    // Another scheme, port, host or a look-alike is another origin.
    for (const other of [
      'http://www.nanjing.gov.cn',
      'https://www.nanjing.gov.cn:444',
      'https://sejong.go.kr',
      'https://www.nanjing.gov.cn.evil.example',
      'https://evil.example/?https://www.nanjing.gov.cn',
      'https://www.nanjing.gov.cn@evil.example',
      'null',
      '',
      'not an origin',
    ])
      expect([other, allow(other)]).toEqual([other, undefined])
  })

  it('give other and absent origins no Allow-Origin, only Vary: Origin', () => {
    for (const headers of [{ Origin: 'https://evil.example' }, {}] as Record<string, string>[])
      expect(corsHeaders(request('GET', headers), origins)).toEqual([['Vary', 'Origin']])
  })

  it('never allow credentials, for any origin or method', () => {
    for (const list of [origins, anyOrigin, none])
      for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS'])
        for (const origin of [NANJING, 'https://evil.example']) {
          const headers = headerMap(corsHeaders(request(method, { Origin: origin }), list))
          expect(headers['access-control-allow-credentials']).toBeUndefined()
          const preflight = preflightResponse(
            request('OPTIONS', { 'Access-Control-Request-Method': method, Origin: origin }),
            list,
          )
          expect(preflight?.headers.get('access-control-allow-credentials') ?? null).toBeNull()
        }
  })

  it('let a partner origin read only: writes get no Allow-Origin', () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE'])
      expect(corsHeaders(request(method, { Origin: NANJING }), origins)).toEqual([
        ['Vary', 'Origin'],
      ])
  })

  it('answer * to every read when the list has *, and need no Vary then', () => {
    for (const headers of [{ Origin: 'https://anyone.example' }, { Origin: 'null' }, {}] as Record<
      string,
      string
    >[])
      expect(headerMap(corsHeaders(request('GET', headers), anyOrigin))).toEqual({
        'access-control-allow-origin': '*',
        'access-control-expose-headers': expect.stringContaining('RateLimit-Remaining'),
      })
    expect(corsHeaders(request('POST', { Origin: 'https://anyone.example' }), anyOrigin)).toEqual(
      [],
    )
  })

  it('add nothing at all while no origin is allowed (the default)', () => {
    expect(none).toEqual([])
    expect(corsHeaders(request('GET', { Origin: NANJING }), none)).toEqual([])
  })
})

describe('CORS preflights', () => {
  const preflight = (headers: Record<string, string>, list = origins) =>
    preflightResponse(request('OPTIONS', headers), list)

  it('allow GET and HEAD from a listed origin, with the requested headers that are allowed', async () => {
    const response = preflight({
      'Access-Control-Request-Headers': 'authorization,if-none-match,x-evil',
      'Access-Control-Request-Method': 'GET',
      Origin: NANJING,
    })!
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(Object.fromEntries(response.headers)).toEqual({
      'access-control-allow-headers': 'Authorization, If-None-Match',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-origin': NANJING,
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    })
    const head = preflight({ 'Access-Control-Request-Method': 'HEAD', Origin: SEJONG })!
    expect(head.headers.get('access-control-allow-origin')).toBe(SEJONG)
    // Nothing asked, nothing listed.
    expect(head.headers.has('access-control-allow-headers')).toBe(false)
  })

  it('echo each allowed header once, in its own spelling, whatever the request wrote', () => {
    const response = preflight({
      'Access-Control-Request-Headers':
        ' Accept-Language , CONTENT-TYPE,authorization, authorization',
      'Access-Control-Request-Method': 'GET',
      Origin: NANJING,
    })!
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type, Accept-Language',
    )
  })

  it('refuse other methods from a listed origin: 204 without Allow-Origin', () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE', 'get-ish']) {
      const response = preflight({
        'Access-Control-Request-Headers': 'authorization',
        'Access-Control-Request-Method': method,
        Origin: NANJING,
      })!
      expect(response.status).toBe(204)
      expect(response.headers.has('access-control-allow-origin')).toBe(false)
      expect(response.headers.has('access-control-allow-methods')).toBe(false)
      expect(response.headers.has('access-control-allow-headers')).toBe(false)
    }
  })

  it('leave preflights from other origins, and what is no preflight, to Payload', () => {
    expect(
      preflight({ 'Access-Control-Request-Method': 'GET', Origin: 'https://evil.example' }),
    ).toBeUndefined()
    expect(preflight({ 'Access-Control-Request-Method': 'GET', Origin: NANJING }, none)).toBe(
      undefined,
    )
    expect(preflight({ Origin: NANJING })).toBeUndefined()
    expect(preflight({ 'Access-Control-Request-Method': 'GET' })).toBeUndefined()
    expect(preflight({ 'Access-Control-Request-Method': 'GET' }, anyOrigin)).toBeUndefined()
    expect(
      preflightResponse(
        request('GET', { 'Access-Control-Request-Method': 'GET', Origin: NANJING }),
        origins,
      ),
    ).toBeUndefined()
  })

  it('answer * with * in the list', () => {
    const response = preflight(
      { 'Access-Control-Request-Method': 'GET', Origin: 'https://anyone.example' },
      anyOrigin,
    )!
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })
})
