import type { RateWindow } from '../options.js'
import { bucketKey } from './bucketKey.js'
import { decide } from './decide.js'
import type { RateLimiter } from './rateLimiter.js'

interface Counter {
  count: number
  /** When the window ends (ms since the epoch). */
  endsAt: number
}

/**
 * Rate limiting in this process's memory: one counter per bucket, O(1) per request, no timers,
 * no scans. Counters live in two generations: a bucket's counter moves to the current one when
 * it is used, and the previous one is dropped whole when the current one is a longest window old
 * (everything left behind then has ended its window) or holds half of `maxBuckets` (a flood of
 * new buckets: then the buckets not seen since the last turn start over — memory stays bounded,
 * and a busy bucket, seen in every generation, keeps its count).
 */
export function memoryLimiter({
  maxBuckets,
  now,
}: {
  maxBuckets: number
  now: () => number
}): RateLimiter & { readonly size: number } {
  const half = Math.max(1, Math.floor(maxBuckets / 2))
  let current = new Map<string, Counter>()
  let previous = new Map<string, Counter>()
  let turnedAt = now()
  let longestMs = 0

  const take = (name: string, window: RateWindow) => {
    const bucket = bucketKey(name)
    const time = now()
    const windowMs = window.windowSeconds * 1000
    if (windowMs > longestMs) longestMs = windowMs
    if (time - turnedAt >= longestMs || current.size >= half) {
      previous = current
      current = new Map()
      turnedAt = time
    }
    let counter = current.get(bucket)
    if (!counter) {
      counter = previous.get(bucket)
      if (counter) previous.delete(bucket)
      else counter = { count: 0, endsAt: 0 }
      current.set(bucket, counter)
    }
    if (counter.endsAt <= time) {
      counter.count = 0
      counter.endsAt = time + windowMs
    }
    counter.count++
    return decide(window, counter.count, counter.endsAt - time)
  }

  return {
    close: async () => {
      current.clear()
      previous.clear()
    },
    get size() {
      return current.size + previous.size
    },
    take: (bucket, window) => Promise.resolve(take(bucket, window)),
  }
}
