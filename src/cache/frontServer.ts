import type { IncomingMessage, ServerResponse } from 'node:http'

import {
  ADMITTED_HEADER,
  admittedToken,
  frontGate,
  RATE_HEADERS_HEADER,
  rateHeadersOf,
} from '../partners/gate/frontGate.js'
import { KEY_SCOPE_HEADER } from '../partners/gate/gateRequest.js'
import { applyGateHeaders } from '../partners/gate/gateHeaders.js'
import { type CacheScope, cacheableRead } from './cacheableRead.js'
import type { ReadCache } from './readCache.js'
import { answerHeaders, matches } from './serveCached.js'

type Answer = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

// Shared through the process: the route runs in Next's server bundle, the front server outside it.
const KEY = Symbol.for('twinning.cache.front')
const slot = globalThis as unknown as Record<symbol, Answer | undefined>

const header = (req: IncomingMessage) => (name: string) => {
  const value = req.headers[name]
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
}

/** Answers a cache hit straight on Node's response; false (untouched) for anything else. */
async function answerFromNode(
  cache: ReadCache,
  scope: CacheScope,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  // A HEAD is the GET's answer without the body (same status and headers, Content-Length too).
  const head = req.method === 'HEAD'
  if (req.method !== 'GET' && !head) return false
  // The partner gate, as the route runs it: a refusal is answered here; an admitted request goes on
  // marked as counted (the route does not count it again) and, for a key, with its scope.
  for (const name of [ADMITTED_HEADER, KEY_SCOPE_HEADER, RATE_HEADERS_HEADER])
    delete req.headers[name]
  const gate = frontGate()
  let extra: Array<[string, string]> = []
  if (gate) {
    const admission = await gate({ header: header(req), method: 'GET', url: req.url ?? '/' })
    if (admission.refusal) {
      const { body, headers, status } = admission.refusal
      res.writeHead(
        status,
        [...headers, ['Content-Length', String(Buffer.byteLength(body))]].flat(),
      )
      res.end(head ? undefined : body)
      return true
    }
    req.headers[ADMITTED_HEADER] = admittedToken()
    const rate = rateHeadersOf(admission.headers)
    if (rate.length) req.headers[RATE_HEADERS_HEADER] = JSON.stringify(rate)
    if (admission.scopeKey) req.headers[KEY_SCOPE_HEADER] = admission.scopeKey
    if (admission.url) req.url = admission.url
    extra = admission.headers
  }
  const read = cacheableRead(
    { header: header(req), method: head ? 'GET' : (req.method ?? 'GET'), url: req.url ?? '/' },
    scope,
  )
  // A miss goes to Next without waiting for Redis: the route checks again before it renders.
  if (!read || !cache.store.get(read.key) || !(await cache.sync())) return false
  const entry = cache.store.get(read.key)
  if (!entry) return false
  const notModified = matches(header(req)('if-none-match'), entry.etag)
  const headers = mergeHeaders(answerHeaders(entry, 'HIT', notModified), extra)
  if (!notModified) headers.push(['Content-Length', String(entry.body.byteLength)])
  res.writeHead(notModified ? 304 : entry.status, headers.flat())
  res.end(notModified || head ? undefined : entry.body)
  return true
}

/** The answer's headers with the gate's (CORS, rate limits), as the route adds them. */
function mergeHeaders(
  headers: Array<[string, string]>,
  extra: Array<[string, string]>,
): Array<[string, string]> {
  if (!extra.length) return headers
  const merged = new Headers(headers)
  applyGateHeaders(merged, extra)
  return [...merged]
}

/** Called by `withReadCache` when it serves: lets a front server in this process answer hits itself. */
export function offerToFrontServer(cache: ReadCache, scope: CacheScope): void {
  slot[KEY] = (req, res) => answerFromNode(cache, scope, req, res)
}

/**
 * For a Node front server ahead of Next (see src/server.ts): answers the request from the
 * published-read cache if it can and resolves true; false means "hand it to Next". Before the
 * first public read reached the REST route there is nothing cached, and it is always false.
 */
export function answerCachedRead(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const answer = slot[KEY]
  return answer ? answer(req, res) : Promise.resolve(false)
}
