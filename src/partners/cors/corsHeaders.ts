import { allowedOrigin } from './allowedOrigin.js'

/** What CORS reads of a request: a Fetch API `Request` or Node's `IncomingMessage` alike. */
export interface CorsRequest {
  header: (name: string) => string | null
  method: string
}

/** Response headers a partner's script may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = [
  'ETag',
  'X-Twinning-Cache',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Content-Length',
].join(', ')

/** Request headers a partner's script may send (preflights list those it asks for). */
export const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-None-Match', 'Accept-Language']

/** The methods a partner origin may use: keys and the public only read. */
export const ALLOWED_METHODS = ['GET', 'HEAD']

/**
 * The CORS headers of an answer to `request`. A read (GET, HEAD) from an allowed origin gets
 * `Access-Control-Allow-Origin` with that origin and the headers its script may read; with `*` in
 * the list, every read gets `*`, whatever its Origin. Never `Access-Control-Allow-Credentials`:
 * partners authenticate with keys, and a partner's page must not read the API with a staff
 * member's cookies. While specific origins are allowed, every other answer says `Vary: Origin`
 * too, so that a shared cache never hands one origin's answer to another; with no origins allowed
 * (the default) nothing is added.
 */
export function corsHeaders(request: CorsRequest, origins: string[]): Array<[string, string]> {
  if (!origins.length) return []
  const allowed = allowedOrigin(request.header('origin'), origins)
  const reading = ALLOWED_METHODS.includes(request.method.toUpperCase())
  if (allowed === '*' && reading)
    return [
      ['Access-Control-Allow-Origin', '*'],
      ['Access-Control-Expose-Headers', EXPOSED_HEADERS],
    ]
  if (!allowed || !reading) return allowed === '*' ? [] : [['Vary', 'Origin']]
  return [
    ['Access-Control-Allow-Origin', allowed],
    ['Access-Control-Expose-Headers', EXPOSED_HEADERS],
    ['Vary', 'Origin'],
  ]
}

/**
 * The answer to a CORS preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`)
 * from an allowed origin: 204, allowing GET and HEAD and those of the requested headers that are
 * allowed, for 10 minutes. A preflight for another method gets 204 without
 * `Access-Control-Allow-Origin` (the browser then refuses the request). Undefined for anything
 * else, preflights from other origins included: Payload answers those by its own `cors` setting,
 * which Twinning leaves empty (no origin allowed) and a host may use for its own front end.
 */
export function preflightResponse(request: CorsRequest, origins: string[]): Response | undefined {
  if (request.method.toUpperCase() !== 'OPTIONS') return undefined
  const method = request.header('access-control-request-method')
  const allowed = allowedOrigin(request.header('origin'), origins)
  if (method === null || request.header('origin') === null || !allowed) return undefined
  const headers: Array<[string, string]> = [
    ['Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers'],
  ]
  if (ALLOWED_METHODS.includes(method.trim().toUpperCase())) {
    headers.push(
      ['Access-Control-Allow-Origin', allowed],
      ['Access-Control-Allow-Methods', [...ALLOWED_METHODS, 'OPTIONS'].join(', ')],
      ['Access-Control-Max-Age', '600'],
    )
    const requested = (request.header('access-control-request-headers') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
    const echoed = ALLOWED_HEADERS.filter((name) => requested.includes(name.toLowerCase()))
    if (echoed.length) headers.push(['Access-Control-Allow-Headers', echoed.join(', ')])
  }
  return new Response(null, { headers, status: 204 })
}
