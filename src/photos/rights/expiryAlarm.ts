import type { PayloadRequest } from 'payload'

import { readCacheOf } from '../../cache/readCache.js'
import { documentTag, listTag, requestTags } from '../../cache/requestTags.js'

/** setTimeout's longest delay; a later expiry re-arms when it fires. */
const MAX_DELAY = 2 ** 31 - 1

/** Per process: the alarm armed for each photo (`<slug>:<id>`), by its time. */
const alarms = new Map<string, { at: number; timer: NodeJS.Timeout }>()

/**
 * While a cached answer is rendered with a photo whose rights expire later: drop the answers that
 * show it at that moment, in this process — the cache has no lifetimes, and the expiry job runs up
 * to a runner's interval later. So a cached answer never serves an expired photo, not even between
 * the expiry and the job (which drops them on every instance and writes the change feed).
 */
export function armExpiryAlarm(
  req: PayloadRequest,
  slug: string,
  id: number | string,
  rightsExpireAt: unknown,
): void {
  if (!requestTags.getStore() || typeof rightsExpireAt !== 'string') return
  const cache = readCacheOf(req.payload.config)
  const at = new Date(rightsExpireAt).getTime()
  if (!cache || Number.isNaN(at)) return
  const key = `${slug}:${String(id)}`
  const armed = alarms.get(key)
  if (armed && armed.at <= at && armed.at > Date.now()) return
  if (armed) clearTimeout(armed.timer)
  const ring = () => {
    if (at > Date.now()) {
      alarms.set(key, { at, timer: setTimeout(ring, Math.min(at - Date.now(), MAX_DELAY)).unref() })
      return
    }
    alarms.delete(key)
    cache
      .changed({ transactionID: undefined }, [documentTag(slug, id), listTag(slug)])
      .catch(() => {})
  }
  alarms.set(key, { at, timer: setTimeout(ring, Math.min(at - Date.now(), MAX_DELAY)).unref() })
}
