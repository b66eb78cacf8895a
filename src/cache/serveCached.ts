import { createHash } from 'node:crypto'

import { type CacheScope, cacheableRead, fetchRequest } from './cacheableRead.js'
import type { ReadCache } from './readCache.js'
import { requestTags } from './requestTags.js'
import type { CachedResponse } from './store.js'

export const CACHE_STATUS_HEADER = 'X-Twinning-Cache'

// Recomputed by the server for each response, or set by the cache itself: never replayed as stored.
const NOT_REPLAYED = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'vary',
  CACHE_STATUS_HEADER.toLowerCase(),
])

/** `If-None-Match: "a", W/"b"` matches the entity tag (weak comparison, as RFC 9110 asks for GET). */
export function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque)
}

/** The headers of a cached answer; without Content-Type for a 304. */
export function answerHeaders(
  entry: CachedResponse,
  status: 'HIT' | 'MISS',
  notModified: boolean,
): Array<[string, string]> {
  const headers = entry.headers.filter(
    ([name]) => !notModified || name.toLowerCase() !== 'content-type',
  )
  // Caches may keep it but must ask again each time: with the ETag that costs a 304.
  headers.push(
    ['ETag', entry.etag],
    ['Cache-Control', 'no-cache'],
    ['Vary', 'Origin, Authorization, Cookie'],
    [CACHE_STATUS_HEADER, status],
  )
  return headers
}

function answer(entry: CachedResponse, request: Request, status: 'HIT' | 'MISS'): Response {
  const notModified = matches(request.headers.get('if-none-match'), entry.etag)
  const headers = new Headers(answerHeaders(entry, status, notModified))
  return notModified
    ? new Response(null, { headers, status: 304 })
    : new Response(entry.body as BodyInit, { headers, status: entry.status })
}

function bypass(response: Response): Response {
  try {
    response.headers.set(CACHE_STATUS_HEADER, 'BYPASS')
    return response
  } catch {
    // Immutable headers (a fetched Response): copy it.
    const headers = new Headers(response.headers)
    headers.set(CACHE_STATUS_HEADER, 'BYPASS')
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    })
  }
}

/**
 * Answers a public read from the cache, or renders it with `render` (Payload's REST handler) and
 * keeps the answer — unless an invalidation ran meanwhile. Anything else goes straight to `render`.
 */
export async function serveCached(
  cache: ReadCache,
  scope: CacheScope,
  request: Request,
  render: () => Promise<Response>,
): Promise<Response> {
  const read = cacheableRead(fetchRequest(request), scope)
  if (!read || !(await cache.sync())) return bypass(await render())

  const hit = cache.store.get(read.key)
  if (hit) return answer(hit, request, 'HIT')

  const generation = cache.store.generation
  const tags = new Set(read.tags)
  const response = await requestTags.run(tags, render)
  if (response.status !== 200 || response.headers.has('set-cookie')) return bypass(response)
  const body = new Uint8Array(await response.arrayBuffer())
  const entry: CachedResponse = {
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    headers: [...response.headers].filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase())),
    status: 200,
    tags: [...tags],
  }
  cache.store.set(read.key, entry, generation)
  return answer(entry, request, 'MISS')
}
