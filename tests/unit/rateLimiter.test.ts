import { describe, expect, it } from '@jest/globals'

import { DEFAULT_PARTNER_OPTIONS, type RateLimitOptions } from '../../src/partners/options.js'
import { bucketKey } from '../../src/partners/rateLimit/bucketKey.js'
import { memoryLimiter } from '../../src/partners/rateLimit/memoryLimiter.js'
import { createRateLimiter } from '../../src/partners/rateLimit/rateLimiter.js'
import { rateLimitHeaders } from '../../src/partners/rateLimit/rateLimitHeaders.js'

const options = DEFAULT_PARTNER_OPTIONS.rateLimit as RateLimitOptions
const perMinute = (limit: number) => ({ limit, windowSeconds: 60 })

/** A limiter on a clock the test moves. */
function clocked(maxBuckets = 1000) {
  const clock = { time: 1_700_000_000_000 }
  const limiter = memoryLimiter({ maxBuckets, now: () => clock.time })
  return { clock, limiter }
}

describe('the in-memory rate limiter', () => {
  it('allows `limit` requests per window, then refuses until the window ends', async () => {
    const { clock, limiter } = clocked()
    const window = perMinute(3)
    const decisions = []
    for (let i = 0; i < 5; i++) decisions.push(await limiter.take('key:1', window))
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
      [false, 0],
    ])
    expect(decisions[3]).toMatchObject({ limit: 3, resetSeconds: 60, retryAfterSeconds: 60 })

    clock.time += 45_500 // 14.5 s left: a client waits the whole of it, rounded up
    expect(await limiter.take('key:1', window)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 15,
    })
    clock.time += 14_499
    expect((await limiter.take('key:1', window)).allowed).toBe(false)
    clock.time += 1 // the window that began with the first request is over
    expect(await limiter.take('key:1', window)).toMatchObject({
      allowed: true,
      remaining: 2,
      resetSeconds: 60,
      retryAfterSeconds: 0,
    })
  })

  it('counts each bucket on its own', async () => {
    const { limiter } = clocked()
    const window = perMinute(1)
    expect((await limiter.take('key:1', window)).allowed).toBe(true)
    expect((await limiter.take('key:1', window)).allowed).toBe(false)
    expect((await limiter.take('key:2', window)).allowed).toBe(true)
    expect((await limiter.take('ip:203.0.113.9', window)).allowed).toBe(true)
    expect((await limiter.take('ip:203.0.113.10', window)).allowed).toBe(true)
    expect((await limiter.take('ip:203.0.113.9', window)).allowed).toBe(false)
  })

  it('never answers a Retry-After of 0 while refusing', async () => {
    const { clock, limiter } = clocked()
    const window = { limit: 1, windowSeconds: 1 }
    await limiter.take('ip:a', window)
    clock.time += 999.6
    expect(await limiter.take('ip:a', window)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    })
  })

  it('forgets buckets whose window ended, and never keeps more than maxBuckets', async () => {
    const { clock, limiter } = clocked(100)
    const window = perMinute(5)
    for (let i = 0; i < 40; i++) await limiter.take(`ip:old-${i}`, window)
    expect(limiter.size).toBe(40)
    // Two longest windows later, nothing of the old buckets is left.
    clock.time += 60_000
    await limiter.take('ip:new', window)
    clock.time += 60_000
    await limiter.take('ip:new', window)
    expect(limiter.size).toBe(1)

    // A flood of new buckets: the size stays bounded, and buckets seen since go on counting.
    await limiter.take('key:busy', window)
    for (let i = 0; i < 1000; i++) {
      await limiter.take(`ip:flood-${i}`, window)
      if (i % 40 === 0) await limiter.take('key:busy', window)
      expect(limiter.size).toBeLessThanOrEqual(100)
    }
    expect((await limiter.take('key:busy', window)).allowed).toBe(false) // 1 + 25 + 1 > 5
    // `ip:flood-0` was dropped in the flood: it starts over (the full budget).
    expect((await limiter.take('ip:flood-0', window)).remaining).toBe(4)
    // The most recent buckets are still counted.
    expect((await limiter.take('ip:flood-999', window)).remaining).toBe(3)
  })

  it('keeps counting a bucket across turns of its generations', async () => {
    const { clock, limiter } = clocked()
    const window = perMinute(1000)
    for (let second = 0; second < 180; second++) {
      await limiter.take('key:busy', window)
      await limiter.take(`ip:passer-by-${second}`, window)
      clock.time += 1000
    }
    // Three windows went by: the busy bucket's count restarted each time (at 0, 60, 120, 180 s).
    expect((await limiter.take('key:busy', window)).remaining).toBe(1000 - 1)
    expect((await limiter.take('key:busy', window)).remaining).toBe(1000 - 2)
    // At most the buckets of the last two minutes are left.
    expect(limiter.size).toBeLessThanOrEqual(121)
  })

  it('keeps a window running across a turn of the generations (no count is lost early)', async () => {
    const { clock, limiter } = clocked()
    const long = { limit: 3, windowSeconds: 60 }
    clock.time += 30_000
    for (let i = 0; i < 3; i++) await limiter.take('key:partner', long)
    // Other requests go on; the generations turn 60 s after the limiter began, mid-window.
    for (let second = 0; second < 59; second++) {
      clock.time += 1000
      await limiter.take('ip:other', { limit: 10, windowSeconds: 1 })
    }
    expect(await limiter.take('key:partner', long)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    })
    clock.time += 1000
    expect((await limiter.take('key:partner', long)).allowed).toBe(true)
  })

  it('counts a long bucket name (an address from a header) under a short key of its own', async () => {
    const { limiter } = clocked()
    const window = perMinute(1)
    const long = `ip:${'2001:db8::1, '.repeat(500)}`
    const longer = `${long}x`
    expect(bucketKey(long).length).toBeLessThan(64)
    expect(bucketKey(long).startsWith('ip:#')).toBe(true)
    expect(bucketKey('ip:203.0.113.9')).toBe('ip:203.0.113.9')
    expect((await limiter.take(long, window)).allowed).toBe(true)
    expect((await limiter.take(long, window)).allowed).toBe(false)
    expect((await limiter.take(longer, window)).allowed).toBe(true)
  })

  it('is what createRateLimiter gives without a Redis URL', async () => {
    const limiter = createRateLimiter({ ...options, perKey: perMinute(2) })
    const results = []
    for (let i = 0; i < 3; i++) results.push((await limiter.take('key:x', perMinute(2))).allowed)
    expect(results).toEqual([true, true, false])
    await limiter.close()
  })
})

describe('rate limit headers', () => {
  it('state the budget, and when to come back on a refusal', async () => {
    const { limiter } = clocked()
    const window = perMinute(1)
    expect(rateLimitHeaders(await limiter.take('key:1', window))).toEqual([
      ['RateLimit-Limit', '1'],
      ['RateLimit-Remaining', '0'],
      ['RateLimit-Reset', '60'],
    ])
    expect(rateLimitHeaders(await limiter.take('key:1', window))).toEqual([
      ['RateLimit-Limit', '1'],
      ['RateLimit-Remaining', '0'],
      ['RateLimit-Reset', '60'],
      ['Retry-After', '60'],
    ])
  })
})
