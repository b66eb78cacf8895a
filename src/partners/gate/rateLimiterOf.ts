import type { Payload } from 'payload'

import type { RateLimitOptions } from '../options.js'
import { createRateLimiter, type RateLimiter } from '../rateLimit/rateLimiter.js'

const limiters = new WeakMap<Payload, RateLimiter>()

/** The rate limiter of a Payload instance (memory, or Redis when configured), made on first use. */
export function rateLimiterOf(payload: Payload, options: RateLimitOptions): RateLimiter {
  let limiter = limiters.get(payload)
  if (!limiter) {
    const log = { error: (message: string) => payload.logger.error(message) }
    limiters.set(payload, (limiter = createRateLimiter(options, { log })))
  }
  return limiter
}

/** Closes the instance's limiter (its Redis connection), e.g. when a test shuts Payload down. */
export async function closeRateLimiter(payload: Payload): Promise<void> {
  const limiter = limiters.get(payload)
  limiters.delete(payload)
  await limiter?.close()
}
