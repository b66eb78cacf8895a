import type { CollectionSlug, PayloadRequest } from 'payload'

import { isPublicIn } from '../../publication/predicates.js'

type Id = number | string

/** A photo the public would see in `locale` without an alt text of that locale. */
export interface PhotoWithoutAltText {
  id: Id
  filename: string | null
  locale: string
}

type StoredPhoto = {
  _status?: unknown
  alt?: unknown
  filename?: unknown
  id: Id
  publishedIn?: unknown
}

/**
 * "Has alt text in a locale": the photo is public in that locale itself (not through its fallback
 * chain) and its stored alt text there is not blank — so the public reading that locale gets an alt
 * text in its own language. A draft alt text does not count; a withdrawn one neither (it stays in
 * the stored row, `publishedIn` says it is not public). Read from the stored rows in the write's
 * transaction, without hooks. A photo that does not exist is skipped: nothing would be shown.
 */
export async function photosWithoutAltText(
  req: PayloadRequest,
  slug: string,
  wanted: Map<string, { id: Id; locales: Set<string> }>,
): Promise<PhotoWithoutAltText[]> {
  if (!wanted.size) return []
  const { docs } = await req.payload.db.find({
    collection: slug as CollectionSlug,
    limit: 0,
    locale: 'all',
    pagination: false,
    req,
    select: { _status: true, alt: true, filename: true, publishedIn: true },
    where: { id: { in: [...wanted.values()].map(({ id }) => id) } },
  })
  const stored = new Map((docs as StoredPhoto[]).map((photo) => [String(photo.id), photo]))
  const missing: PhotoWithoutAltText[] = []
  // In the order the document shows them.
  for (const [key, { locales }] of wanted) {
    const photo = stored.get(key)
    if (!photo) continue
    const alt = (photo.alt && typeof photo.alt === 'object' ? photo.alt : {}) as Record<
      string,
      unknown
    >
    for (const locale of locales) {
      const text = alt[locale]
      const hasAlt = typeof text === 'string' && text.trim() !== ''
      if (!hasAlt || !isPublicIn(photo, locale)) {
        const filename = typeof photo.filename === 'string' ? photo.filename : null
        missing.push({ filename, id: photo.id, locale })
      }
    }
  }
  return missing
}
