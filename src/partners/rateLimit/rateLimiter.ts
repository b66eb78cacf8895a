import type { RateLimitOptions, RateWindow } from '../options.js'
import { memoryLimiter } from './memoryLimiter.js'
import { redisLimiter } from './redisLimiter.js'

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the current window of the bucket ends and its count starts again. */
  resetSeconds: number
  /** Seconds until the window that refused the request ends (0 when allowed). */
  retryAfterSeconds: number
}

/** Counts requests per bucket (`key:<client id>`, `ip:<address>`) and window. */
export interface RateLimiter {
  take: (bucket: string, window: RateWindow) => Promise<RateDecision>
  close: () => Promise<void>
}

export interface RateLimiterSetup {
  /** Where a Redis outage is reported (once a minute at most). @default console */
  log?: { error: (message: string) => void }
  /** Buckets kept in memory at most; the oldest windows go first. @default 100,000 */
  maxBuckets?: number
  /** The clock, in milliseconds (tests move it). @default Date.now */
  now?: () => number
}

/**
 * Fixed windows that start with a bucket's first request: in this process's memory, or in Redis
 * (`options.redisUrl`) so that every app instance counts against the same limit. A limiter that
 * cannot reach Redis lets requests through rather than refusing or failing them.
 */
export function createRateLimiter(
  options: RateLimitOptions,
  setup: RateLimiterSetup = {},
): RateLimiter {
  const now = setup.now ?? Date.now
  return options.redisUrl
    ? redisLimiter({
        log: setup.log ?? console,
        now,
        prefix: options.redisPrefix,
        url: options.redisUrl,
      })
    : memoryLimiter({ maxBuckets: setup.maxBuckets ?? 100_000, now })
}
