import type { Redis } from 'ioredis'

import type { RateWindow } from '../options.js'
import { bucketKey } from './bucketKey.js'
import { decide } from './decide.js'
import type { RateDecision, RateLimiter } from './rateLimiter.js'

// One atomic step: count, and start the window on its first request (or when a key lost its
// expiry, or outlives a window that was shortened in the config). Returns the count and the ms left.
const TAKE_SCRIPT = `local count = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
local window = tonumber(ARGV[1])
if left < 0 or left > window then
  redis.call('PEXPIRE', KEYS[1], window)
  left = window
end
return {count, left}`

/** How long a Redis command may take before the request goes through uncounted. */
const COMMAND_TIMEOUT_MS = 250
/** How long the first requests wait for the first connection before going through uncounted. */
const FIRST_CONNECTION_MS = 1000
const LOG_EVERY_MS = 60_000

type Log = { error: (message: string) => void }
type Limiting = Redis & { twinningTake(key: string, windowMs: number): Promise<[number, number]> }

async function connect(url: string): Promise<Redis> {
  // ioredis is CommonJS: Node's ESM loader names its export, a bundler's interop may only give `default`.
  const loaded = (await import('ioredis')) as unknown as {
    default?: typeof import('ioredis').Redis & { Redis?: typeof import('ioredis').Redis }
    Redis?: typeof import('ioredis').Redis
  }
  const Client = loaded.Redis ?? loaded.default?.Redis ?? loaded.default!
  // No offline queue and a command timeout: while Redis is away or slow, a request is never held up.
  return new Client(url, {
    commandTimeout: COMMAND_TIMEOUT_MS,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  })
}

/**
 * Rate limiting shared by every app instance through Redis: one counter per bucket under
 * `<prefix>:rl:<bucket>`, counted and given its expiry by one Lua script, so two instances
 * never both start a window or lose a count. When Redis cannot answer (down, slow, still
 * connecting) the request is allowed — a rate limiter must not take the API down with it — and
 * the outage is logged once a minute at most; ioredis keeps reconnecting meanwhile.
 */
export function redisLimiter({
  log,
  now,
  prefix,
  url,
}: {
  log: Log
  now: () => number
  prefix: string
  url: string
}): RateLimiter {
  let lastLogged = -Infinity
  let unlogged = 0
  const report = (message: string) => {
    const time = now()
    if (time - lastLogged < LOG_EVERY_MS) {
      unlogged++
      return
    }
    const more = unlogged ? ` (and ${unlogged} more since the last report)` : ''
    log.error(`twinning rate limit: Redis: ${message}; requests go through uncounted${more}`)
    lastLogged = time
    unlogged = 0
  }

  let closed = false
  const client = connect(url).then((redis) => {
    redis.defineCommand('twinningTake', { lua: TAKE_SCRIPT, numberOfKeys: 1 })
    redis.on('error', (error: Error) => report(error.message))
    if (closed) redis.disconnect()
    return redis as Limiting
  })
  // The first requests wait (briefly) for the connection; later ones never wait for a reconnect.
  let connecting: Promise<void> | undefined = client
    .then((redis) =>
      Promise.race([
        new Promise((resolve) => {
          redis.once('ready', resolve)
          redis.once('error', resolve)
        }),
        new Promise((resolve) => setTimeout(resolve, FIRST_CONNECTION_MS).unref()),
      ]),
    )
    .catch(() => undefined) // reported just below
    .then(() => {
      connecting = undefined
    })
  client.catch((error: Error) => report(error.message))

  const allow = (window: RateWindow): RateDecision => decide(window, 0, window.windowSeconds * 1000)

  return {
    close: async () => {
      closed = true
      ;(await client.catch(() => undefined))?.disconnect()
    },
    take: async (bucket, window) => {
      try {
        if (connecting) await connecting
        const redis = await client
        const [count, left] = await redis.twinningTake(
          `${prefix}:rl:${bucketKey(bucket)}`,
          window.windowSeconds * 1000,
        )
        return decide(window, count, left)
      } catch (error) {
        report((error as Error).message)
        return allow(window)
      }
    },
  }
}
