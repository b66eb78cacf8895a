import { createHash } from 'node:crypto'

/** Longer bucket names are replaced by their hash. */
const MAX_LENGTH = 100

/**
 * The name a bucket is counted under: itself, or — when a client could make it long (an address
 * taken from a header) — its kind and a hash, so that neither memory nor Redis keys grow with it.
 */
export function bucketKey(bucket: string): string {
  if (bucket.length <= MAX_LENGTH) return bucket
  const kind = bucket.slice(0, bucket.indexOf(':') + 1)
  return `${kind.length <= 20 ? kind : ''}#${createHash('sha256').update(bucket).digest('base64url')}`
}
