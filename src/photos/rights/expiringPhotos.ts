import type { CollectionSlug, Payload } from 'payload'

import type { ResolvedOptions } from '../../options.js'
import { TWINNING } from '../../slugs.js'
import { isRightsExpired } from './expiry.js'
import { type PhotoUse, photoUses } from './photoUses.js'

/** Photos listed at most; the report says when there were more. */
const MAX_PHOTOS = 500

export interface ExpiringPhoto {
  id: number | string
  filename: string | null
  alt: string | null
  credit: string | null
  rightsExpireAt: string
  /** Expired already (the public no longer sees it). */
  expired: boolean
  uses: PhotoUse[]
}

export interface ExpiringReport {
  days: number
  until: string
  photos: ExpiringPhoto[]
  /** More photos fall within the window than are listed. */
  truncated: boolean
}

/**
 * Photos whose rights end within `days` (or have ended already), soonest first, each with the
 * news, partner cities and events that use it — so the newsroom can replace them in time.
 */
export async function expiringPhotos(
  payload: Payload,
  days: number,
  now: Date = new Date(),
): Promise<ExpiringReport> {
  const { slugs } = payload.config.custom[TWINNING] as ResolvedOptions
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
  const defaultLocale = payload.config.localization
    ? payload.config.localization.defaultLocale
    : undefined
  const found = await payload.find({
    collection: slugs.photos as CollectionSlug,
    depth: 0,
    draft: false,
    limit: MAX_PHOTOS,
    locale: defaultLocale as never,
    overrideAccess: true,
    select: { alt: true, credit: true, filename: true, rightsExpireAt: true } as never,
    sort: 'rightsExpireAt',
    where: { rightsExpireAt: { less_than_equal: until.toISOString() } },
  })
  const docs = found.docs as unknown as Array<Record<string, unknown>>
  const uses = await photoUses(
    payload,
    slugs.photos,
    docs.map((doc) => doc.id as number | string),
  )
  return {
    days,
    photos: docs.map((doc) => ({
      alt: (doc.alt as string | undefined) ?? null,
      credit: (doc.credit as string | undefined) ?? null,
      expired: isRightsExpired(doc, now),
      filename: (doc.filename as string | undefined) ?? null,
      id: doc.id as number | string,
      rightsExpireAt: String(doc.rightsExpireAt),
      uses: uses.get(String(doc.id)) ?? [],
    })),
    truncated: found.hasNextPage,
    until: until.toISOString(),
  }
}
