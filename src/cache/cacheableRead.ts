import { KEY_SCOPE_HEADER } from '../partners/gate/gateRequest.js'
import { documentTag, listTag } from './requestTags.js'

export interface CacheableRead {
  key: string
  /** Tags known from the URL alone; the rest are recorded while the answer is rendered. */
  tags: string[]
}

/** What the cache needs of a request: a Fetch API `Request` or Node's `IncomingMessage` alike. */
export interface ReadRequest {
  header: (name: string) => string | null
  method: string
  /** Absolute, or the path with its query. */
  url: string
}

export const fetchRequest = (request: Request): ReadRequest => ({
  header: (name) => request.headers.get(name),
  method: request.method,
  url: request.url,
})

export interface CacheScope {
  /** `<api-clients slug> API-Key `: with the partner API on, keyed reads are cached per key scope. */
  apiKeyPrefix?: string
  apiRoute: string
  collections: ReadonlySet<string>
  /**
   * Payload adds `Access-Control-Allow-Origin` itself (the host set `config.cors`): answers then
   * depend on the Origin. Twinning's own CORS is added after the cache, whatever the Origin.
   */
  originInKey: boolean
  tokenCookie: string
}

// Second path segments that are Payload operations, not document ids (`count` is a list read).
const OPERATIONS = new Set(['access', 'file', 'init', 'me', 'versions'])
// Parameters that ask for unpublished content: such a request never touches the cache.
const PRIVATE_PARAMS = ['draft', 'preview', 'trash']

/**
 * Whether a request may be answered from the published-read cache, and under which key: a GET of
 * a list, a count or one document of a cached collection, by someone who is not logged in (no
 * Authorization header, no token cookie) or by a partner key the gate admitted (its scope joins
 * the key), and asks for no drafts. The key holds everything that
 * changes the body: path, the whole query (locale, fallback-locale, depth, where, select, …) and,
 * where Payload's own CORS is configured, the Origin.
 */
export function cacheableRead(request: ReadRequest, scope: CacheScope): CacheableRead | undefined {
  if (request.method !== 'GET') return undefined
  // A partner key's read, admitted by the gate (which alone sets the scope header): cached per scope.
  const authorization = request.header('authorization')
  const keyScope = request.header(KEY_SCOPE_HEADER)
  if (authorization !== null) {
    if (!scope.apiKeyPrefix || !keyScope || !authorization.startsWith(scope.apiKeyPrefix))
      return undefined
  } else if (keyScope !== null) return undefined
  const cookie = request.header('cookie')
  if (cookie && cookie.includes(scope.tokenCookie)) return undefined
  // A path (Node's `req.url`) is never read as `//host/…`.
  const url = new URL(request.url.startsWith('/') ? `http://localhost${request.url}` : request.url)
  if (!url.pathname.startsWith(`${scope.apiRoute}/`)) return undefined
  if (PRIVATE_PARAMS.some((name) => url.searchParams.has(name))) return undefined
  let segments: string[]
  try {
    segments = url.pathname
      .slice(scope.apiRoute.length + 1)
      .split('/')
      .map(decodeURIComponent)
  } catch {
    return undefined // malformed %-escapes: Payload answers those itself
  }
  const [collection, second] = segments
  if (!collection || !scope.collections.has(collection) || segments.length > 2) return undefined
  let tags: string[]
  if (second === undefined || second === '' || second === 'count') tags = [listTag(collection)]
  else if (OPERATIONS.has(second)) return undefined
  else tags = [documentTag(collection, second)]
  return {
    key: `${url.pathname}?${url.searchParams.toString()} ${scope.originInKey ? (request.header('origin') ?? '') : ''}${authorization !== null ? ` ${keyScope}` : ''}`,
    tags,
  }
}
