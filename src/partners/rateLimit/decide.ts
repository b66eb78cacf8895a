import type { RateWindow } from '../options.js'
import type { RateDecision } from './rateLimiter.js'

/** The decision for the `count`-th request of a window that ends in `msLeft` milliseconds. */
export function decide(window: RateWindow, count: number, msLeft: number): RateDecision {
  const allowed = count <= window.limit
  // At least a second: a client told "0" would retry at once, inside the same window.
  const resetSeconds = Math.max(1, Math.ceil(msLeft / 1000))
  return {
    allowed,
    limit: window.limit,
    remaining: Math.max(0, window.limit - count),
    resetSeconds,
    retryAfterSeconds: allowed ? 0 : resetSeconds,
  }
}
