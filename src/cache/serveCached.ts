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

interface Flight {
  /** The store's generation when the render began: its answer is current while that still holds. */
  generation: number
  /** The cached entry, or undefined when the render failed or was not cacheable. */
  entry: Promise<CachedResponse | undefined>
}

// Per response store: renders under way, by cache key.
const flights = new WeakMap<object, Map<string, Flight>>()

function flightsOf(cache: ReadCache): Map<string, Flight> {
  let map = flights.get(cache.store)
  if (!map) flights.set(cache.store, (map = new Map()))
  return map
}

/** Renders `read` with `render`, keeps the answer unless an invalidation ran meanwhile, and settles `flight`. */
async function renderAndKeep(
  cache: ReadCache,
  key: string,
  tags: string[],
  request: Request,
  render: () => Promise<Response>,
  settle: (entry: CachedResponse | undefined) => void = () => undefined,
): Promise<Response> {
  const generation = cache.store.generation
  const recorded = new Set(tags)
  try {
    const response = await requestTags.run(recorded, render)
    if (response.status !== 200 || response.headers.has('set-cookie')) return bypass(response)
    const body = new Uint8Array(await response.arrayBuffer())
    const entry: CachedResponse = {
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      headers: [...response.headers].filter(([name]) => !NOT_REPLAYED.has(name.toLowerCase())),
      status: 200,
      tags: [...recorded],
    }
    cache.store.set(key, entry, generation)
    settle(entry)
    return answer(entry, request, 'MISS')
  } finally {
    settle(undefined) // a failed or uncacheable render: the waiters render themselves
  }
}

/**
 * Answers a public read from the cache, or renders it with `render` (Payload's REST handler) and
 * keeps the answer — unless an invalidation ran meanwhile. Anything else goes straight to `render`.
 *
 * Misses of one key that arrive while its render is under way wait for that render instead of
 * rendering too (after a publish drops a popular list, the list is rendered once, not once per
 * request) — but only while no invalidation ran since that render began: a request that arrives
 * after one gets no older answer, it renders (and later arrivals wait for it). A render that fails
 * or cannot be cached (not 200, Set-Cookie) is not shared: its waiters render themselves.
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

  const inFlight = flightsOf(cache)
  const flight = inFlight.get(read.key)
  if (flight && flight.generation === cache.store.generation) {
    const entry = await flight.entry
    if (entry) return answer(entry, request, 'HIT')
    return renderAndKeep(cache, read.key, read.tags, request, render)
  }

  // This render is the one that later misses of the key wait for (replacing an outdated one).
  let settle!: (entry: CachedResponse | undefined) => void
  const own: Flight = {
    entry: new Promise((resolve) => (settle = resolve)),
    generation: cache.store.generation,
  }
  inFlight.set(read.key, own)
  try {
    return await renderAndKeep(cache, read.key, read.tags, request, render, settle)
  } finally {
    if (inFlight.get(read.key) === own) inFlight.delete(read.key)
  }
}
