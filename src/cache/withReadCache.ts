import type { SanitizedConfig } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { TWINNING } from '../slugs.js'

import type { CacheScope } from './cacheableRead.js'
import { offerToFrontServer } from './frontServer.js'
import { type ReadCache, readCacheOf } from './readCache.js'
import { serveCached } from './serveCached.js'

/** Whether Payload itself answers `Access-Control-Allow-Origin` for some origin (`config.cors`). */
const payloadCorsIsOn = (cors: SanitizedConfig['cors']): boolean =>
  cors === '*' ||
  (Array.isArray(cors) && cors.length > 0) ||
  (!!cors &&
    typeof cors === 'object' &&
    !Array.isArray(cors) &&
    (cors.origins === '*' || cors.origins.length > 0))

const scopes = new WeakMap<SanitizedConfig, CacheScope>()

function scopeOf(config: SanitizedConfig, cache: ReadCache): CacheScope {
  let scope = scopes.get(config)
  if (!scope) {
    const options = config.custom?.[TWINNING] as ResolvedOptions | undefined
    scope = {
      apiKeyPrefix: options?.partners ? `${options.slugs.apiClients} API-Key ` : undefined,
      apiRoute: config.routes?.api ?? '/api',
      collections: cache.collections,
      originInKey: payloadCorsIsOn(config.cors),
      tokenCookie: `${config.cookiePrefix ?? 'payload'}-token`,
    }
    scopes.set(config, scope)
    offerToFrontServer(cache, scope)
  }
  return scope
}

/**
 * Puts Twinning's published-read cache in front of a REST route handler, before Payload's request
 * handling starts (that alone costs milliseconds):
 *
 *   export const GET = withReadCache(config, REST_GET(config))
 *
 * Without the plugin's cache (`cache: false`) the handler is returned as it is. A Node front server
 * in the same process (src/server.ts) can then answer hits before Next sees them.
 */
export function withReadCache<Context>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const resolved = await config
    const cache = readCacheOf(resolved)
    if (!cache) return handler(request, context)
    return serveCached(cache, scopeOf(resolved, cache), request, () => handler(request, context))
  }
}
