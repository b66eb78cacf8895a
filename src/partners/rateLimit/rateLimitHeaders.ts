import type { RateDecision } from './rateLimiter.js'

/**
 * The headers that tell a client its budget (`RateLimit-*`, as the IETF draft and most APIs name
 * them, times in seconds from now) and, on a refusal, when to come back (`Retry-After`).
 */
export function rateLimitHeaders(decision: RateDecision): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['RateLimit-Limit', String(decision.limit)],
    ['RateLimit-Remaining', String(decision.remaining)],
    ['RateLimit-Reset', String(decision.resetSeconds)],
  ]
  if (!decision.allowed) headers.push(['Retry-After', String(decision.retryAfterSeconds)])
  return headers
}
