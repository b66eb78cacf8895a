import { getRequestLanguage, type Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import { translate } from '../../i18n/label.js'
import type { TranslationKey } from '../../i18n/resources.js'
import type { ResolvedOptions } from '../../options.js'
import { publishedCollections } from '../../publication/publishedCollections.js'
import { TWINNING } from '../../slugs.js'
import { corsHeaders } from '../cors/corsHeaders.js'
import { apiKeyHeader } from '../keys/apiKeyHeader.js'
import { type ClientScope, scopeCacheKey, scopeOfClient } from '../keys/clientScope.js'
import { keyRegistryOf } from '../keys/keyRegistry.js'
import type { PartnerOptions } from '../options.js'
import { rateLimitHeaders } from '../rateLimit/rateLimitHeaders.js'
import { rateLimiterOf } from './rateLimiterOf.js'
import { clientIp } from './clientIp.js'
import type { GateRequest } from './gateRequest.js'
import { scopeRefusal } from './scopeRefusal.js'
import { signedIn } from './signedIn.js'

export interface GateAnswer {
  body: string
  headers: Array<[string, string]>
  status: number
}

/** What the gate decided about a request. */
export interface Admission {
  /** Answer this instead of handling the request. */
  refusal?: GateAnswer
  /** Headers for whatever answers the request: CORS and rate-limit headers. */
  headers: Array<[string, string]>
  /** An admitted API key's client (as `req.user`), its scope and the scope's cache-key part. */
  client?: Record<string, unknown>
  scope?: ClientScope
  scopeKey?: string
  /** Handle this URL instead: a key's collection read without `locale` is read in the key's first language. */
  url?: string
}

function language(payload: Payload, request: GateRequest): string {
  const headers = new Headers()
  for (const name of ['accept-language', 'cookie']) {
    const value = request.header(name)
    if (value) headers.set(name, value)
  }
  return getRequestLanguage({ config: payload.config, cookies: parseCookies(headers), headers })
}

/** A refusal in the error shape of Payload, in the client's language. */
export function gateRefusal(
  payload: Payload,
  request: GateRequest,
  status: number,
  key: TranslationKey,
  vars: Record<string, string>,
  headers: Array<[string, string]>,
): GateAnswer {
  const message = translate(language(payload, request), key, vars)
  return {
    body: JSON.stringify({ errors: [{ name: 'Refusal', data: vars, message }] }),
    headers: [['Content-Type', 'application/json; charset=utf-8'], ...headers],
    status,
  }
}

/**
 * The partner gate in front of the REST API (route, front server and tests alike): CORS headers
 * for allowed partner origins; API keys checked (401 with the reason for a malformed, unknown,
 * revoked, replaced or expired one) and held to their scope (403); a rate-limit token per key, or
 * per IP for everyone else but signed-in users (429 with Retry-After).
 */
export async function admit(
  payload: Payload,
  request: GateRequest,
  partners: PartnerOptions,
): Promise<Admission> {
  const options = payload.config.custom[TWINNING] as ResolvedOptions
  const cors = corsHeaders(request, partners.corsOrigins)
  const url = new URL(request.url, 'http://localhost')
  const apiRoute = payload.config.routes.api
  if (!url.pathname.startsWith(`${apiRoute}/`)) return { headers: cors }

  const header = apiKeyHeader(request.header('authorization'), options.slugs.apiClients)
  const limiter = partners.rateLimit ? rateLimiterOf(payload, partners.rateLimit) : undefined
  const ipBucket = () =>
    partners.rateLimit ? `ip:${clientIp(request, partners.rateLimit.trustProxy)}` : ''
  /** A refused key: counted against the address first, so spraying keys is limited like anything else. */
  const refuseKey = async (
    key: TranslationKey,
    vars: Record<string, string>,
  ): Promise<Admission> => {
    let headers = cors
    if (limiter && partners.rateLimit && !request.counted) {
      const decision = await limiter.take(ipBucket(), partners.rateLimit.perIp)
      headers = [...cors, ...rateLimitHeaders(decision)]
      if (!decision.allowed) {
        const seconds = { seconds: String(decision.retryAfterSeconds) }
        return {
          headers,
          refusal: gateRefusal(payload, request, 429, 'errors.rateLimited', seconds, headers),
        }
      }
    }
    const challenge: [string, string] = [
      'WWW-Authenticate',
      `API-Key realm="${options.slugs.apiClients}"`,
    ]
    return {
      headers,
      refusal: gateRefusal(payload, request, 401, key, vars, [...headers, challenge]),
    }
  }
  let scope: ClientScope | undefined
  let scopeKey: string | undefined
  let client: Record<string, unknown> | undefined
  if (header.kind === 'malformed')
    return refuseKey('errors.keyMalformed', { slug: options.slugs.apiClients })
  if (header.kind === 'key') {
    const status = await keyRegistryOf(payload).check(header.key)
    if (!status.ok) return refuseKey(status.reason, status.vars ?? {})
    client = status.client
    scope = status.scope ?? scopeOfClient(status.client)
    scopeKey = status.scopeKey ?? scopeCacheKey(scope)
  }

  let headers = cors
  if (limiter && partners.rateLimit && !request.counted) {
    const cookieName = `${payload.config.cookiePrefix ?? 'payload'}-token`
    const bucket = scope
      ? `key:${scope.clientId}`
      : signedIn(request, payload.secret, cookieName, payload.config.admin.user)
        ? undefined
        : ipBucket()
    if (bucket) {
      const window = scope ? partners.rateLimit.perKey : partners.rateLimit.perIp
      const decision = await limiter.take(bucket, window)
      headers = [...cors, ...rateLimitHeaders(decision)]
      if (!decision.allowed) {
        return {
          headers,
          refusal: gateRefusal(
            payload,
            request,
            429,
            'errors.rateLimited',
            { seconds: String(decision.retryAfterSeconds) },
            headers,
          ),
        }
      }
    }
  }
  if (!scope) return { headers }

  const segments = url.pathname
    .slice(apiRoute.length + 1)
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  const contentCollections = publishedCollections(payload.config)
  const refusal = scopeRefusal(scope, {
    apiClients: options.slugs.apiClients,
    contentCollections,
    method: request.method,
    query: url.searchParams,
    segments,
  })
  if (refusal) {
    return {
      headers,
      refusal: gateRefusal(payload, request, refusal.status, refusal.key, refusal.vars, headers),
    }
  }
  let rewritten: string | undefined
  if (contentCollections.includes(segments[0] ?? '') && !url.searchParams.has('locale')) {
    url.searchParams.set('locale', scope.locales[0] ?? options.defaultLocale)
    rewritten = request.url.startsWith('/') ? `${url.pathname}${url.search}` : url.toString()
  }
  return { client, headers, scope, scopeKey, url: rewritten }
}
