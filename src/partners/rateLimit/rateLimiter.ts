import type { RateLimitOptions, RateWindow } from '../options.js'

export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window that refused the request ends (0 when allowed). */
  retryAfterSeconds: number
}

/** Counts requests per bucket (`key:<client id>`, `ip:<address>`) and window (being built). */
export interface RateLimiter {
  take: (bucket: string, window: RateWindow) => Promise<RateDecision>
  close: () => Promise<void>
}

export function createRateLimiter(_options: RateLimitOptions): RateLimiter {
  return {
    close: async () => undefined,
    take: async (_bucket, window) => ({
      allowed: true,
      limit: window.limit,
      remaining: window.limit,
      retryAfterSeconds: 0,
    }),
  }
}
