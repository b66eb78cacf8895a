import type { Where } from 'payload'

/**
 * The single definition of expired rights, in two forms: a row check for a photo in hand and a
 * `Where` for queries. The date decides, not the stored `rightsExpired` flag: a photo is hidden
 * from the public from the moment its rights end, whether or not the expiry job has run yet
 * (the flag only records that the job has told the log and the cache).
 */

/** True when `rightsExpireAt` is set and not later than `now`. An unreadable date counts as expired (fails closed). */
export function rightsExpiredAt(rightsExpireAt: unknown, now: Date = new Date()): boolean {
  if (rightsExpireAt === null || rightsExpireAt === undefined || rightsExpireAt === '') return false
  const time = new Date(rightsExpireAt as string).getTime()
  return Number.isNaN(time) || time <= now.getTime()
}

/** The row form: are the rights of this stored photo expired now? */
export const isRightsExpired = (
  photo: { rightsExpireAt?: unknown } | null | undefined,
  now: Date = new Date(),
): boolean => rightsExpiredAt(photo?.rightsExpireAt, now)

/** The query form: photos whose rights still hold at `now` (no expiry, or a later one). */
export const rightsValidWhere = (now: Date = new Date()): Where => ({
  or: [
    { rightsExpireAt: { exists: false } },
    { rightsExpireAt: { greater_than: now.toISOString() } },
  ],
})

/** The query form of the opposite: photos whose rights have ended by `now`. */
export const rightsExpiredWhere = (now: Date = new Date()): Where => ({
  rightsExpireAt: { less_than_equal: now.toISOString() },
})

/**
 * Photos whose rights have ended by `now` but whose end the expiry job has not yet announced: still
 * in the search index (the job takes them out), so search hides them at read time.
 */
export const unannouncedExpiryWhere = (now: Date = new Date()): Where => ({
  and: [rightsExpiredWhere(now), { rightsExpired: { not_equals: true } }],
})
